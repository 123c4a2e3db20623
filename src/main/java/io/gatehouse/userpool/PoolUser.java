package io.gatehouse.userpool;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of a pool. {@code sub} is the immutable subject identifier; usernames are unique
 * per pool case-insensitively. Attributes use Cognito's names ({@code email}, {@code email_verified}…).
 * {@code passwordSetAt} is when the password last changed (a temporary password expires from it).
 */
public record PoolUser(
        UUID sub,
        String poolId,
        String username,
        boolean enabled,
        UserStatus status,
        String passwordHash,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        Instant passwordSetAt) {

    public PoolUser {
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(username, "username");
        attributes = Map.copyOf(attributes);
        passwordSetAt = passwordSetAt == null ? updatedAt : passwordSetAt;
    }

    /** A user whose password (if any) was set when the user was last updated, e.g. a new user. */
    public PoolUser(UUID sub, String poolId, String username, boolean enabled, UserStatus status, String passwordHash,
                    Map<String, String> attributes, Instant createdAt, Instant updatedAt) {
        this(sub, poolId, username, enabled, status, passwordHash, attributes, createdAt, updatedAt, updatedAt);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public PoolUser withAttributes(Map<String, String> newAttributes, Instant now) {
        return new PoolUser(sub, poolId, username, enabled, status, passwordHash, newAttributes, createdAt, now,
                passwordSetAt);
    }

    public PoolUser withPassword(String newHash, UserStatus newStatus, Instant now) {
        return new PoolUser(sub, poolId, username, enabled, newStatus, newHash, attributes, createdAt, now, now);
    }

    public PoolUser withStatus(UserStatus newStatus, Instant now) {
        return new PoolUser(sub, poolId, username, enabled, newStatus, passwordHash, attributes, createdAt, now,
                passwordSetAt);
    }

    public PoolUser withEnabled(boolean value, Instant now) {
        return new PoolUser(sub, poolId, username, value, status, passwordHash, attributes, createdAt, now,
                passwordSetAt);
    }
}
