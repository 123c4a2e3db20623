package io.gatehouse.iam.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of adding an audience to an OIDC provider, e.g. {@code {"clientId": "my-app"}}. */
@Schema(name = "ClientIdRequest")
public record ClientIdRequest(@Schema(example = "my-app") String clientId) {
}
