package io.gatehouse.userpool.api;

import io.gatehouse.userpool.PoolSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or updating a user pool, e.g. {@code {"name": "demo"}}. {@code id} may fix the
 * pool id at creation ({@code <region>_<letters and digits>}); it cannot change afterwards.
 * {@code settings} absent means Cognito's defaults at creation and "unchanged" on update.
 */
@Schema(name = "UserPoolRequest")
public record UserPoolRequest(
        @Schema(required = true, example = "demo") String name,
        @Schema(description = "Pool id to use instead of a generated one; creation only", example = "us-east-1_Demo00001")
        String id,
        @Schema(description = "Sign-up and sign-in settings; see docs/user-pools.md") PoolSettings settings) {
}
