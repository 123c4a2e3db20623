package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
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
 * event for every attempt.
 */
@ApplicationScoped
public class PasswordSignIn {

    static final String INCORRECT = "Incorrect username or password.";
    static final String THROTTLED = "Too many failed attempts. Try again later.";
    private static final String ACTION = "signin.password";
    private static final int MAX_USERNAME = 128;

    private final UserStore users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final RequestOrigin origin;
    private final Clock clock;
    private final String decoyHash;

    public PasswordSignIn(UserStore users, PasswordHasher hasher, SignInThrottle throttle, AuditLog audit,
                          RequestOrigin origin, Clock clock, Ids ids) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.origin = origin;
        this.clock = clock;
        this.decoyHash = hasher.hash(ids.token(16));
    }

    public SignInResult signIn(String poolId, String username, String password) {
        String userKey = "user:" + poolId + ":" + UserStore.usernameKey(username == null ? "" : username);
        String ip = origin.ip();
        String ipKey = ip == null ? null : "ip:" + poolId + ":" + ip;
        List<String> keys = new ArrayList<>(List.of(userKey));
        if (ipKey != null) {
            keys.add(ipKey);
        }
        if (throttle.isBlocked(keys)) {
            fail(poolId, username, "throttled");
            throw new GatehouseException(CommonError.TOO_MANY_REQUESTS, THROTTLED);
        }
        PoolUser user = checkPassword(poolId, username, password, userKey, ipKey);
        return succeed(user, password, userKey);
    }

    private PoolUser checkPassword(String poolId, String username, String password, String userKey, String ipKey) {
        Optional<PoolUser> found = username == null || username.length() > MAX_USERNAME
                ? Optional.empty() : users.findByUsername(poolId, username);
        String hash = found.map(PoolUser::passwordHash).filter(h -> h != null).orElse(decoyHash);
        boolean matches = password != null && hasher.verify(password, hash) && found.isPresent();
        if (!matches || !found.get().enabled()) {
            throttle.recordFailure(userKey, ipKey);
            fail(poolId, username, !matches ? (found.isPresent() ? "wrong password" : "unknown user") : "user disabled");
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, INCORRECT);
        }
        PoolUser user = found.get();
        if (user.status() == UserStatus.FORCE_CHANGE_PASSWORD || user.status() == UserStatus.RESET_REQUIRED) {
            fail(poolId, username, "password change required");
            throw new GatehouseException(UserPoolError.PASSWORD_RESET_REQUIRED, "Password change required.");
        }
        return user;
    }

    private SignInResult succeed(PoolUser found, String password, String userKey) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PoolUser user = found;
            if (hasher.needsRehash(user.passwordHash())) {
                user = user.withPassword(hasher.hash(password), user.status(), clock.instant());
                users.update(user);
            }
            throttle.recordSuccess(userKey);
            audit.record(AuditEntry.success(ACTION).withPool(user.poolId()).withActor(user.username())
                    .withTarget(user.sub().toString()));
            return new SignInResult(user, clock.instant(), List.of("pwd"));
        });
    }

    private void fail(String poolId, String username, String reason) {
        String actor = username == null || username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
        audit.recordAlone(AuditEntry.failure(ACTION, reason).withPool(poolId).withActor(actor));
    }
}
