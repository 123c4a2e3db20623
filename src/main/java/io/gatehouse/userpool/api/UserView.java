package io.gatehouse.userpool.api;

import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserStatus;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pool user as the native API shows it: never the password or its hash. */
@Schema(name = "User")
public record UserView(
        @Schema(description = "Immutable subject identifier, the sub claim of the user's tokens") UUID sub,
        @Schema(example = "alice") String username,
        boolean enabled,
        UserStatus status,
        @Schema(example = "{\"email\": \"alice@example.com\", \"email_verified\": \"true\"}") Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(PoolUser user) {
        return new UserView(user.sub(), user.username(), user.enabled(), user.status(),
                new TreeMap<>(user.attributes()), user.createdAt(), user.updatedAt());
    }
}
