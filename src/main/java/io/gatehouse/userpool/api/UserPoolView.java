package io.gatehouse.userpool.api;

import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.UserPool;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user pool as the native API shows it, with its ARN and its OpenID Connect issuer
 * ({@code <public-url>/<poolId>}, where discovery and JWKS live).
 */
@Schema(name = "UserPool")
public record UserPoolView(
        @Schema(example = "us-east-1_Ab12Cd34E") String id,
        @Schema(example = "demo") String name,
        @Schema(example = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_Ab12Cd34E") String arn,
        @Schema(example = "http://localhost:8080/us-east-1_Ab12Cd34E") String issuer,
        PoolSettings settings,
        Instant createdAt,
        Instant updatedAt) {

    static UserPoolView of(UserPool pool, PlatformConfig platform) {
        String arn = "arn:aws:cognito-idp:" + platform.region() + ":" + pool.accountId() + ":userpool/" + pool.id();
        return new UserPoolView(pool.id(), pool.name(), arn, platform.baseUrl() + "/" + pool.id(), pool.settings(),
                pool.createdAt(), pool.updatedAt());
    }
}
