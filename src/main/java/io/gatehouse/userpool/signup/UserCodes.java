package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.kms.KeyedDigest;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One-time codes as Cognito sends them: six random digits, one live code per user and purpose
 * (a new one replaces the old), single use, expiring ({@link SignUpConfig}), dead after
 * {@link SignUpConfig#codeAttempts()} wrong attempts, and at most
 * {@link SignUpConfig#codesPerWindow()} sent per window. Only an HMAC-SHA256 under a key derived
 * from the master key, bound to the user and purpose, is stored and compared in constant time. Wrong attempts are counted and audited
 * in transactions of their own, so they stick although the request fails. Codes are never logged
 * or audited.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html">ConfirmSignUp</a>
 */
@ApplicationScoped
public class UserCodes {

    static final String EXPIRED = "Invalid code provided, please request a code again.";
    static final String MISMATCH = "Invalid verification code provided, please try again.";
    static final String ATTEMPTS = "Attempt limit exceeded, please try after some time.";
    private static final int CODE_DIGITS = 6;
    private static final int MAX_PRESENTED = 2048;

    private final UserCodeStore store;
    private final KeyedDigest digests;
    private final SignUpConfig config;
    private final AuditLog audit;
    private final Clock clock;
    private final Ids ids;

    public UserCodes(UserCodeStore store, SignUpConfig config, AuditLog audit, Clock clock, Ids ids,
                     KeyedDigest digests) {
        this.digests = Objects.requireNonNull(digests, "digests");
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * A new code for the user, replacing any live one; joins the caller's transaction. More than
     * the allowed number of codes in the window is LimitExceededException, and the live code stays.
     */
    @Transactional
    public String issue(UserPool pool, PoolUser user, CodePurpose purpose) {
        String code = ids.digits(CODE_DIGITS);
        Instant now = clock.instant();
        int issued = store.replace(new UserCodeStore.StoredCode(user.sub(), purpose.id(), digest(user, purpose, code), 0,
                now.plus(config.validity(purpose)), now), now.minus(config.codeWindow()));
        if (issued > config.codesPerWindow()) {
            audit.recordAlone(AuditEntry.failure(purpose.issueAction(), "code limit").withAccount(pool.accountId())
                    .withPool(pool.id()).withActor(user.username()).withTarget(user.username()));
            throw new GatehouseException(UserPoolError.LIMIT_EXCEEDED, ATTEMPTS);
        }
        audit.record(AuditEntry.success(purpose.issueAction()).withAccount(pool.accountId()).withPool(pool.id())
                .withActor(user.username()).withTarget(user.username()));
        return code;
    }

    /**
     * Uses the user's live code for {@code purpose}: deleted when {@code presented} matches, in the
     * caller's transaction, so it stays usable if the change it unlocks fails. No live code, an
     * expired one or a replayed one is ExpiredCodeException; a dead one LimitExceededException; a
     * wrong one CodeMismatchException after the attempt is counted.
     */
    @Transactional
    public void redeem(UserPool pool, PoolUser user, CodePurpose purpose, String presented) {
        if (presented == null || presented.length() > MAX_PRESENTED) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "The code must be 1 to 2048 characters");
        }
        UserCodeStore.StoredCode stored = store.find(user.sub(), purpose.id())
                .orElseThrow(() -> failure(pool, user, purpose, "no code", UserPoolError.EXPIRED_CODE, EXPIRED));
        if (stored.attempts() >= config.codeAttempts()) {
            throw failure(pool, user, purpose, "attempt limit", UserPoolError.LIMIT_EXCEEDED, ATTEMPTS);
        }
        if (!clock.instant().isBefore(stored.expiresAt())) {
            throw failure(pool, user, purpose, "expired code", UserPoolError.EXPIRED_CODE, EXPIRED);
        }
        if (!digests.matches(material(user, purpose, presented), stored.codeHash())) {
            QuarkusTransaction.requiringNew().run(() -> store.recordFailedAttempt(user.sub(), purpose.id()));
            throw failure(pool, user, purpose, "wrong code", UserPoolError.CODE_MISMATCH, MISMATCH);
        }
        if (!store.consume(user.sub(), purpose.id(), stored.codeHash())) {
            throw failure(pool, user, purpose, "code already used", UserPoolError.EXPIRED_CODE, EXPIRED);
        }
    }

    /** Forgets the user's live code for {@code purpose}, if any. */
    @Transactional
    public void discard(PoolUser user, CodePurpose purpose) {
        store.discard(user.sub(), purpose.id());
    }

    private GatehouseException failure(UserPool pool, PoolUser user, CodePurpose purpose, String reason,
                                       UserPoolError error, String message) {
        audit.recordAlone(AuditEntry.failure(purpose.auditAction(), reason).withAccount(pool.accountId())
                .withPool(pool.id()).withActor(user.username()).withTarget(user.username()));
        return new GatehouseException(error, message);
    }

    /**
     * Keyed (a database copy alone cannot test the million possible codes) and bound to the user
     * and purpose (a stored digest copied to another row never matches).
     */
    private String digest(PoolUser user, CodePurpose purpose, String code) {
        return digests.hex(material(user, purpose, code));
    }

    private static String material(PoolUser user, CodePurpose purpose, String code) {
        return "user_code:" + user.sub() + ":" + purpose.id() + ":" + code;
    }
}
