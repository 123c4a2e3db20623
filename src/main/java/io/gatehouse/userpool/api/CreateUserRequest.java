package io.gatehouse.userpool.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating a user, e.g.
 * <pre>{"username": "alice", "password": "Correct-Horse-1", "attributes": {"email": "alice@example.com"}}</pre>
 * With {@code permanent} (the default) the user is CONFIRMED; otherwise the password is temporary
 * and the user must change it at first sign-in (FORCE_CHANGE_PASSWORD), as without a password.
 */
@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
        @Schema(required = true, example = "alice") String username,
        @Schema(description = "Must satisfy the pool's password policy", example = "Correct-Horse-1") String password,
        @Schema(description = "Default true", defaultValue = "true") Boolean permanent,
        Map<String, String> attributes) {

    boolean permanentOrDefault() {
        return permanent == null || permanent;
    }
}
