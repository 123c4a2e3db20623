package io.gatehouse.userpool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or renaming a user pool, e.g. {@code {"name": "demo"}}. {@code id} may fix the
 * pool id at creation ({@code <region>_<letters and digits>}); it cannot change afterwards.
 */
@Schema(name = "UserPoolRequest")
public record UserPoolRequest(
        @Schema(required = true, example = "demo") String name,
        @Schema(description = "Pool id to use instead of a generated one; creation only", example = "us-east-1_Demo00001")
        String id) {
}
