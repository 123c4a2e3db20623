package io.gatehouse.iam.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body naming a policy version, e.g. {@code {"versionId": "v2"}}. */
@Schema(name = "VersionIdRequest")
public record VersionIdRequest(@Schema(example = "v2") String versionId) {
}
