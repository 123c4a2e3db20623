package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.Totp;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * Checks a user's TOTP code (RFC 6238, ±1 step) and spends its time step, so the same code is
 * never accepted twice. Wrong codes count toward the user's sign-in throttle like wrong
 * passwords, so six digits cannot be guessed in a loop.
 */
@ApplicationScoped
public class TotpCheck {

    private final UserMfaStore store;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    public TotpCheck(UserMfaStore store, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.store = store;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accepts {@code code} for the user's verified TOTP factor, or throws CodeMismatchException. */
    public void requireCode(UserPool pool, PoolUser user, String code) {
        UserMfa mfa = store.find(user.sub()).filter(m -> m.totpSecret() != null && m.totpVerified())
                .orElseThrow(() -> new GatehouseException(UserPoolError.SOFTWARE_TOKEN_MFA_NOT_FOUND,
                        "Software token MFA has not been set up for the user"));
        store.save(mfa.withTotpStep(match(pool, user, mfa, code)));
    }

    /**
     * Accepts {@code code} for the secret being enrolled and returns the step it used, or throws
     * EnableSoftwareTokenMFAException as VerifySoftwareToken does.
     */
    public long requireEnrollmentCode(UserPool pool, PoolUser user, UserMfa mfa, String code) {
        try {
            return match(pool, user, mfa, code);
        } catch (GatehouseException e) {
            if (e.code() == UserPoolError.CODE_MISMATCH) {
                throw new GatehouseException(UserPoolError.ENABLE_SOFTWARE_TOKEN_MFA, "Code mismatch");
            }
            throw e;
        }
    }

    private long match(UserPool pool, PoolUser user, UserMfa mfa, String code) {
        String key = "totp:" + pool.id() + ":" + user.sub();
        if (throttle.isBlocked(List.of(key))) {
            audit.recordAlone(AuditEntry.failure("signin.mfa", "throttled").withPool(pool.id()).withActor(user.username()));
            throw new GatehouseException(UserPoolError.TOO_MANY_FAILED_ATTEMPTS, "Too many failed attempts. Try again later.");
        }
        OptionalLong step = Totp.match(mfa.totpSecret(), code, clock.instant(), mfa.totpLastStep());
        if (step.isEmpty()) {
            throttle.recordFailure(key, null);
            audit.recordAlone(AuditEntry.failure("signin.mfa", "wrong or reused code").withPool(pool.id())
                    .withActor(user.username()));
            throw new GatehouseException(UserPoolError.CODE_MISMATCH, "Invalid code received for user");
        }
        throttle.recordSuccess(key);
        audit.record(AuditEntry.success("signin.mfa").withPool(pool.id()).withActor(user.username()));
        return step.getAsLong();
    }
}
