package io.gatehouse.userpool;

import java.util.List;
import java.util.Objects;

/**
 * What the token paths need of a user: the user with attributes, status and enabled flag, and
 * the user's groups in {@code cognito:groups} order (ascending precedence, null last, then name).
 * It never carries the password hash ({@code user().passwordHash()} is null), so nothing that
 * checks a password can be answered from it.
 */
public record UserSnapshot(PoolUser user, List<Group> groups) {

    public UserSnapshot {
        Objects.requireNonNull(user, "user");
        if (user.passwordHash() != null) {
            throw new IllegalArgumentException("A user snapshot never holds a password hash");
        }
        groups = List.copyOf(groups);
    }
}
