package io.gatehouse.iam.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of updating a role, e.g. {@code {"description": "CI deployments", "maxSessionDuration": 7200}}; absent fields stay. */
@Schema(name = "RoleUpdateRequest")
public record RoleUpdateRequest(String description, Integer maxSessionDuration) {
}
