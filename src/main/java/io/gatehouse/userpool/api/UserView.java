package io.gatehouse.userpool.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.signin.UserMfa;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The user's second factors; only when one user is described") MfaSettingsView mfa) {

    static UserView of(PoolUser user) {
        return new UserView(user.sub(), user.username(), user.enabled(), user.status(),
                new TreeMap<>(user.attributes()), user.createdAt(), user.updatedAt(), null);
    }

    static UserView of(PoolUser user, Optional<UserMfa> mfa) {
        return new UserView(user.sub(), user.username(), user.enabled(), user.status(),
                new TreeMap<>(user.attributes()), user.createdAt(), user.updatedAt(), MfaSettingsView.of(mfa));
    }
}
