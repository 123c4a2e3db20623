package io.gatehouse.userpool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Administration of a pool's users: create, read, list, attributes, password, enable/disable, delete. */
@ApplicationScoped
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");

    private final UserPoolService pools;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Instance<UserChangeListener> listeners;
    private final SrpVerifiers verifiers;
    private final SignInNames names;

    public UserService(UserPoolService pools, UserStore users, PasswordHasher hasher, AuditLog audit, Clock clock,
                       Instance<UserChangeListener> listeners, SrpVerifiers verifiers, SignInNames names) {
        this.pools = pools;
        this.verifiers = verifiers;
        this.names = names;
        this.listeners = listeners;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a user. With {@code permanent} the password is final (CONFIRMED); otherwise it is
     * temporary and the user must change it at first sign-in (FORCE_CHANGE_PASSWORD). In a pool
     * that signs in with email or phone instead of a username, {@code username} is that email or
     * phone number, and the stored username is the user's {@code sub}, as in Cognito.
     */
    @Transactional
    public PoolUser create(String accountId, String actor, String poolId, String username, String password,
                           boolean permanent, Map<String, String> attributes) {
        return create(accountId, actor, poolId, username, password, permanent, attributes, UnaryOperator.identity());
    }

    /**
     * As {@link #create(String, String, String, String, String, boolean, Map)}, with {@code beforeInsert}
     * deciding on the validated user before it is stored (AdminCreateUser's pre sign-up trigger): it
     * may change the user or throw, and then nothing is stored.
     */
    @Transactional
    public PoolUser create(String accountId, String actor, String poolId, String username, String password,
                           boolean permanent, Map<String, String> attributes, UnaryOperator<PoolUser> beforeInsert) {
        PoolSettings settings = pools.get(accountId, poolId).settings();
        PoolUser user = beforeInsert.apply(newUser(settings, poolId, username, password,
                password != null && permanent ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD, attributes));
        users.insert(user);
        if (password != null) {
            verifiers.store(user, password);
        }
        audit.record(entry("user.create", accountId, poolId, actor, user.username()));
        return user;
    }

    /**
     * SignUp: a user registers through an app client. The user is UNCONFIRMED until a code or an
     * administrator confirms them; attributes are only those the client may write, and the pool's
     * required attributes must be present. {@code beforeInsert} decides on the validated user
     * before it is stored (the pre sign-up trigger): it may confirm it, verify attributes, or throw,
     * and then nothing is stored. Joins the caller's transaction.
     */
    @Transactional
    public PoolUser register(UserPool pool, AppClient client, String username, String password,
                             Map<String, String> attributes, UnaryOperator<PoolUser> beforeInsert) {
        Map<String, String> given = attributes == null ? Map.of() : attributes;
        AttributeRules.requireClientMayWrite(client.settings(), given);
        if (password == null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Password is required");
        }
        PoolUser user = newUser(pool.settings(), pool.id(), username, password, UserStatus.UNCONFIRMED, given);
        for (String required : pool.settings().requiredAttributes()) {
            if (user.attribute(required) == null || user.attribute(required).isEmpty()) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Attributes did not conform to the schema: " + required + ": The attribute is required");
            }
        }
        user = beforeInsert.apply(user);
        users.insert(user);
        verifiers.store(user, password);
        audit.record(entry("user.signup", pool.accountId(), pool.id(), user.username(), user.username()));
        return user;
    }

    /**
     * A new user of a pool, validated against its settings but not stored: the username (or the
     * sign-in attribute standing for it), the attributes against the schema, the password against
     * the policy, and uniqueness of the username and of sign-in attributes.
     */
    public PoolUser newUser(PoolSettings settings, String poolId, String username, String password, UserStatus status,
                            Map<String, String> attributes) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "username must be 1 to 128 characters without spaces");
        }
        Map<String, String> checked = AttributeRules.forCreate(settings, attributes);
        UUID sub = UUID.randomUUID();
        String stored = username;
        if (!settings.usernameAttributes().isEmpty()) {
            String attribute = SignInNames.attributeOf(settings, username);
            checked.putIfAbsent(attribute, username);
            stored = sub.toString();
        } else if (SignInNames.looksLikeEmail(username) && settings.signsInWith(StandardAttributes.EMAIL)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "Username should not be an email when email is an alias");
        }
        requireUnique(settings, poolId, stored, checked);
        String hash = null;
        if (password != null) {
            settings.passwordPolicy().check(password);
            hash = hasher.hash(password);
        }
        Instant now = clock.instant();
        return new PoolUser(sub, poolId, stored, true, status, hash, checked, now, now);
    }

    /**
     * A user by username or, as Cognito's Admin* operations allow, by a sign-in attribute of the
     * pool (the email of a pool that signs in with email, a verified alias).
     */
    public PoolUser get(String accountId, String poolId, String username) {
        UserPool pool = pools.get(accountId, poolId);
        return names.find(pool, username)
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
        PoolSettings settings = pools.get(accountId, poolId).settings();
        PoolUser user = get(accountId, poolId, username);
        PoolUser updated = user.withAttributes(changedAttributes(settings, user, changes), clock.instant());
        requireUnique(settings, poolId, null, updated.attributes(), user.sub());
        users.update(updated);
        audit.record(entry("user.attributes.update", accountId, poolId, actor, username));
        return updated;
    }

    @Transactional
    public PoolUser setPassword(String accountId, String actor, String poolId, String username, String password,
                                boolean permanent) {
        PoolSettings settings = pools.get(accountId, poolId).settings();
        PoolUser user = get(accountId, poolId, username);
        settings.passwordPolicy().check(password);
        PoolUser updated = user.withPassword(hasher.hash(password),
                permanent ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD, clock.instant());
        users.update(updated);
        verifiers.store(updated, password);
        audit.record(entry("user.password.set", accountId, poolId, actor, username));
        return updated;
    }

    /**
     * Attribute changes a user makes through an app client (UpdateUserAttributes, the new
     * password challenge): only what the client may write, checked against the schema.
     */
    @Transactional
    public PoolUser changeOwnAttributes(UserPool pool, AppClient client, PoolUser user, Map<String, String> changes) {
        AttributeRules.requireClientMayWrite(client.settings(), changes);
        PoolUser updated = user.withAttributes(changedAttributes(pool.settings(), user, changes), clock.instant());
        requireUnique(pool.settings(), pool.id(), null, updated.attributes(), user.sub());
        users.update(updated);
        audit.record(entry("user.attributes.update", pool.accountId(), pool.id(), user.username(), user.username()));
        return updated;
    }

    /**
     * A password change made by the user (new password challenge, ChangePassword, password
     * reset): checked against the pool's policy, hashed, with a new SRP verifier, audited as
     * {@code action}. Joins the caller's transaction.
     */
    @Transactional
    public PoolUser replacePassword(UserPool pool, PoolUser user, String password, UserStatus status, String action) {
        pool.settings().passwordPolicy().check(password);
        PoolUser updated = user.withPassword(hasher.hash(password), status, clock.instant());
        users.update(updated);
        verifiers.store(updated, password);
        audit.record(entry(action, pool.accountId(), pool.id(), user.username(), user.username()));
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

    /** Revokes the user's tokens first, so every node forgets them before their rows go with the user. */
    @Transactional
    public void delete(String accountId, String actor, String poolId, String username) {
        UUID sub = get(accountId, poolId, username).sub();
        listeners.forEach(l -> l.accessRevoked(poolId, sub));
        users.delete(sub);
        audit.record(entry("user.delete", accountId, poolId, actor, username));
    }

    /**
     * The attributes after {@code changes}: a changed email or phone number is no longer verified
     * unless the same change sets its verified flag (as AdminUpdateUserAttributes allows).
     */
    static Map<String, String> changedAttributes(PoolSettings settings, PoolUser user, Map<String, String> changes) {
        Map<String, String> merged = AttributeRules.merge(settings, user.attributes(), changes);
        for (String attribute : StandardAttributes.VERIFIABLE) {
            String flag = StandardAttributes.verifiedFlag(attribute);
            boolean changed = changes.containsKey(attribute)
                    && !java.util.Objects.equals(changes.get(attribute), user.attribute(attribute));
            if (changed && !changes.containsKey(flag)) {
                merged.remove(flag);
            }
        }
        return merged;
    }

    private void requireUnique(PoolSettings settings, String poolId, String username, Map<String, String> attributes) {
        requireUnique(settings, poolId, username, attributes, null);
    }

    /** Usernames are unique; so are the values of sign-in attributes that stand for the username. */
    private void requireUnique(PoolSettings settings, String poolId, String username, Map<String, String> attributes,
                               UUID self) {
        if (username != null && users.findByUsername(poolId, username).isPresent()) {
            throw new GatehouseException(UserPoolError.USERNAME_EXISTS, "User account already exists");
        }
        for (String attribute : settings.usernameAttributes()) {
            String value = attributes.get(attribute);
            if (value != null && users.findByAttribute(poolId, attribute, value).stream()
                    .anyMatch(u -> !u.sub().equals(self))) {
                throw new GatehouseException(UserPoolError.USERNAME_EXISTS,
                        "An account with the given " + attribute + " already exists");
            }
        }
    }

    private static AuditEntry entry(String action, String accountId, String poolId, String actor, String username) {
        return AuditEntry.success(action).withAccount(accountId).withPool(poolId).withActor(actor).withTarget(username);
    }
}
