package io.gatehouse.userpool;

import java.time.Instant;
import java.util.Objects;

/** A user pool: a directory of users with its own OpenID Connect provider. */
public record UserPool(String id, String accountId, String name, Instant createdAt, Instant updatedAt) {

    public UserPool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }

    public UserPool withName(String newName, Instant now) {
        return new UserPool(id, accountId, newName, createdAt, now);
    }
}
