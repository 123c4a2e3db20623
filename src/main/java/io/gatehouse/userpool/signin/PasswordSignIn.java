package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.SignInNames;
import io.gatehouse.userpool.SrpVerifiers;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.AuthenticationTriggers;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Username and password sign-in to a pool: throttled per user and per source IP, the same
 * answer and about the same time for an unknown user, a wrong password and a disabled user (no
 * user enumeration), a transparent Argon2id rehash when the parameters changed, and an audit
 * event for every attempt. The pool's triggers take part as in Cognito: user migration for an
 * unknown name (password sign-ins only), pre authentication before the password is checked.
 */
@ApplicationScoped
public class PasswordSignIn {

    static final String INCORRECT = "Incorrect username or password.";
    static final String THROTTLED = "Too many failed attempts. Try again later.";
    private static final String ACTION = "signin.password";
    private static final int MAX_USERNAME = 128;

    private final UserStore users;
    private final SignInNames names;
    private final SrpVerifiers verifiers;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final RequestOrigin origin;
    private final Clock clock;
    private final AuthenticationTriggers triggers;
    private final UserMigration migration;
    private final String decoyHash;

    public PasswordSignIn(UserStore users, SignInNames names, SrpVerifiers verifiers, PasswordHasher hasher,
                          SignInThrottle throttle, AuditLog audit, RequestOrigin origin, Clock clock, Ids ids,
                          AuthenticationTriggers triggers, UserMigration migration) {
        this.users = users;
        this.names = names;
        this.verifiers = verifiers;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.origin = origin;
        this.clock = clock;
        this.triggers = triggers;
        this.migration = migration;
        this.decoyHash = hasher.hash(ids.token(16));
    }

    /**
     * Checks a sign-in name (username, or email/phone where the pool allows it) and password,
     * without looking at the user's status: the app flows turn statuses into challenges. An
     * unknown name goes to the user migration trigger; the pre authentication trigger sees the
     * user before the password is checked.
     */
    public PoolUser verify(UserPool pool, AppClient client, String username, String password) {
        String userKey = userKey(pool, username);
        String ipKey = ipKey(pool);
        requireNotThrottled(pool, username, userKey, ipKey);
        Optional<PoolUser> found = find(pool, username);
        if (found.isEmpty() && username != null && username.length() <= MAX_USERNAME) {
            found = migration.migrate(pool, client, username, password);
        }
        preAuthentication(pool, client, username, found);
        PoolUser user = checkPassword(pool, username, password, found, userKey, ipKey);
        return succeed(user, password, userKey);
    }

    /**
     * Concludes a password proof made without sending the password (SRP's PASSWORD_VERIFIER):
     * throttled, counted and audited exactly like a password sign-in under the name the client
     * used, with the same answer for an unknown user, a disabled user and a wrong proof.
     */
    public PoolUser concludeProof(UserPool pool, AppClient client, String username, Optional<PoolUser> user,
                                  boolean proven) {
        String userKey = userKey(pool, username);
        String ipKey = ipKey(pool);
        requireNotThrottled(pool, username, userKey, ipKey);
        preAuthentication(pool, client, username, user);
        if (!proven || user.isEmpty() || !user.get().enabled()) {
            throttle.recordFailure(userKey, ipKey);
            fail(pool.id(), username, user.isEmpty() ? "unknown user" : proven ? "user disabled" : "wrong password");
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, INCORRECT);
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            throttle.recordSuccess(userKey);
            audit.record(AuditEntry.success(ACTION).withPool(pool.id()).withActor(user.get().username())
                    .withTarget(user.get().sub().toString()));
            return user.get();
        });
    }

    private void requireNotThrottled(UserPool pool, String username, String userKey, String ipKey) {
        List<String> keys = new ArrayList<>(List.of(userKey));
        if (ipKey != null) {
            keys.add(ipKey);
        }
        if (throttle.isBlocked(keys)) {
            fail(pool.id(), username, "throttled");
            throw new GatehouseException(CommonError.TOO_MANY_REQUESTS, THROTTLED);
        }
    }

    private static String userKey(UserPool pool, String username) {
        return "user:" + pool.id() + ":" + UserStore.usernameKey(username == null ? "" : username);
    }

    private String ipKey(UserPool pool) {
        String ip = origin.ip();
        return ip == null ? null : "ip:" + pool.id() + ":" + ip;
    }

    private Optional<PoolUser> find(UserPool pool, String username) {
        return username == null || username.length() > MAX_USERNAME ? Optional.empty() : names.find(pool, username);
    }

    /** A rejection is the trigger's UserLambdaValidationException, audited as a failed sign-in. */
    private void preAuthentication(UserPool pool, AppClient client, String username, Optional<PoolUser> user) {
        try {
            triggers.preAuthentication(pool, client, username, user.orElse(null));
        } catch (GatehouseException e) {
            fail(pool.id(), username, "pre authentication: " + e.code().awsName());
            throw e;
        }
    }

    private PoolUser checkPassword(UserPool pool, String username, String password, Optional<PoolUser> found,
                                   String userKey, String ipKey) {
        String poolId = pool.id();
        String hash = found.map(PoolUser::passwordHash).filter(h -> h != null).orElse(decoyHash);
        boolean matches = password != null && hasher.verify(password, hash) && found.isPresent();
        if (!matches || !found.get().enabled()) {
            throttle.recordFailure(userKey, ipKey);
            fail(poolId, username, !matches ? (found.isPresent() ? "wrong password" : "unknown user") : "user disabled");
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, INCORRECT);
        }
        return found.get();
    }

    private PoolUser succeed(PoolUser found, String password, String userKey) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PoolUser user = found;
            if (hasher.needsRehash(user.passwordHash())) {
                user = user.withPassword(hasher.hash(password), user.status(), clock.instant());
                users.update(user);
            }
            if (!verifiers.exists(user.sub())) {
                // Users whose password predates SRP support get their verifier at their next password sign-in.
                verifiers.store(user, password);
            }
            throttle.recordSuccess(userKey);
            audit.record(AuditEntry.success(ACTION).withPool(user.poolId()).withActor(user.username())
                    .withTarget(user.sub().toString()));
            return user;
        });
    }

    private void fail(String poolId, String username, String reason) {
        String actor = username == null || username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
        audit.recordAlone(AuditEntry.failure(ACTION, reason).withPool(poolId).withActor(actor));
    }
}
