package io.gatehouse.userpool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Administration of a pool's users: create, read, list, attributes, password, enable/disable, delete. */
@ApplicationScoped
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");
    private static final Pattern ATTRIBUTE = Pattern.compile("(custom:)?[a-z_]{1,32}");
    static final String SUB = "sub";

    private final UserPoolService pools;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Instance<UserChangeListener> listeners;

    public UserService(UserPoolService pools, UserStore users, PasswordHasher hasher, AuditLog audit, Clock clock,
                       Instance<UserChangeListener> listeners) {
        this.pools = pools;
        this.listeners = listeners;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a user. With {@code permanent} the password is final (CONFIRMED); otherwise it is
     * temporary and the user must change it at first sign-in (FORCE_CHANGE_PASSWORD).
     */
    @Transactional
    public PoolUser create(String accountId, String actor, String poolId, String username, String password,
                           boolean permanent, Map<String, String> attributes) {
        pools.get(accountId, poolId);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "username must be 1 to 128 characters without spaces");
        }
        if (users.findByUsername(poolId, username).isPresent()) {
            throw new GatehouseException(UserPoolError.USERNAME_EXISTS, "User account already exists");
        }
        String hash = null;
        if (password != null) {
            PasswordPolicy.check(password);
            hash = hasher.hash(password);
        }
        Instant now = clock.instant();
        UserStatus status = password != null && permanent ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD;
        PoolUser user = new PoolUser(UUID.randomUUID(), poolId, username, true, status, hash,
                validAttributes(attributes), now, now);
        users.insert(user);
        audit.record(entry("user.create", accountId, poolId, actor, username));
        return user;
    }

    public PoolUser get(String accountId, String poolId, String username) {
        pools.get(accountId, poolId);
        return users.findByUsername(poolId, username)
                .orElseThrow(() -> new GatehouseException(UserPoolError.USER_NOT_FOUND, "User does not exist"));
    }

    public List<PoolUser> list(String accountId, String poolId, String afterKey, int limit) {
        pools.get(accountId, poolId);
        return users.list(poolId, afterKey, limit);
    }

    /** Like {@link #list}, keeping only the users {@code filter} selects; a null filter selects all. */
    public List<PoolUser> search(String accountId, String poolId, UserFilter filter, String afterKey, int limit) {
        if (filter == null) {
            return list(accountId, poolId, afterKey, limit);
        }
        pools.get(accountId, poolId);
        return users.search(poolId, filter, afterKey, limit);
    }

    /** Sets or replaces attributes; a null value deletes the attribute. {@code sub} cannot change. */
    @Transactional
    public PoolUser updateAttributes(String accountId, String actor, String poolId, String username,
                                     Map<String, String> changes) {
        PoolUser user = get(accountId, poolId, username);
        Map<String, String> merged = new HashMap<>(user.attributes());
        changes.forEach((k, v) -> {
            requireAttributeName(k);
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, requireAttributeValue(v));
            }
        });
        PoolUser updated = user.withAttributes(merged, clock.instant());
        users.update(updated);
        audit.record(entry("user.attributes.update", accountId, poolId, actor, username));
        return updated;
    }

    @Transactional
    public PoolUser setPassword(String accountId, String actor, String poolId, String username, String password,
                                boolean permanent) {
        PoolUser user = get(accountId, poolId, username);
        PasswordPolicy.check(password);
        PoolUser updated = user.withPassword(hasher.hash(password),
                permanent ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD, clock.instant());
        users.update(updated);
        audit.record(entry("user.password.set", accountId, poolId, actor, username));
        return updated;
    }

    @Transactional
    public PoolUser setEnabled(String accountId, String actor, String poolId, String username, boolean enabled) {
        PoolUser updated = get(accountId, poolId, username).withEnabled(enabled, clock.instant());
        users.update(updated);
        if (!enabled) {
            listeners.forEach(l -> l.accessRevoked(poolId, updated.sub()));
        }
        audit.record(entry(enabled ? "user.enable" : "user.disable", accountId, poolId, actor, username));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String poolId, String username) {
        users.delete(get(accountId, poolId, username).sub());
        audit.record(entry("user.delete", accountId, poolId, actor, username));
    }

    private static Map<String, String> validAttributes(Map<String, String> attributes) {
        Map<String, String> out = new HashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> {
                requireAttributeName(k);
                if (v != null) {
                    out.put(k, requireAttributeValue(v));
                }
            });
        }
        return out;
    }

    private static void requireAttributeName(String name) {
        if (name == null || !ATTRIBUTE.matcher(name).matches() || SUB.equals(name)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Invalid or immutable attribute name: " + name);
        }
    }

    private static String requireAttributeValue(String value) {
        if (value.length() > 2048) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Attribute values are at most 2048 characters");
        }
        return value;
    }

    private static AuditEntry entry(String action, String accountId, String poolId, String actor, String username) {
        return AuditEntry.success(action).withAccount(accountId).withPool(poolId).withActor(actor).withTarget(username);
    }
}
