package io.gatehouse.userpool;

import java.time.Instant;
import java.util.Objects;

/** A user pool: a directory of users with its own OpenID Connect provider and its sign-in settings. */
public record UserPool(String id, String accountId, String name, PoolSettings settings, Instant createdAt,
                       Instant updatedAt) {

    public UserPool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        settings = settings == null ? PoolSettings.DEFAULT : settings;
    }

    public UserPool(String id, String accountId, String name, Instant createdAt, Instant updatedAt) {
        this(id, accountId, name, PoolSettings.DEFAULT, createdAt, updatedAt);
    }

    public UserPool withName(String newName, Instant now) {
        return new UserPool(id, accountId, newName, settings, createdAt, now);
    }

    public UserPool withSettings(PoolSettings newSettings, Instant now) {
        return new UserPool(id, accountId, name, newSettings, createdAt, now);
    }
}
