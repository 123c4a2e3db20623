package io.gatehouse.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * GetSessionToken: temporary credentials for the IAM user or root user that calls with its
 * long-term access key, acting with that principal's own permissions, optionally proving MFA with
 * the current code of one of its own devices ({@code aws:MultiFactorAuthPresent} in the session).
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html">GetSessionToken</a>
 */
@ApplicationScoped
public class UserSessions {

    public static final Duration DEFAULT_DURATION = Duration.ofHours(12);
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration MAX_USER_DURATION = Duration.ofHours(36);
    public static final Duration MAX_ROOT_DURATION = Duration.ofHours(1);

    private final SessionIssuer issuer;
    private final CallerMfa mfa;

    public UserSessions(SessionIssuer issuer, CallerMfa mfa) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
    }

    /**
     * The session; {@code duration} null means AWS's default (12 hours, 1 hour for root, which is
     * also root's maximum). {@code serialNumber} and {@code tokenCode} go together.
     */
    public TemporaryCredentials getSessionToken(Caller caller, Duration duration, String serialNumber,
                                                String tokenCode) {
        if (caller.temporarySession().isPresent()) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED,
                    "Cannot call GetSessionToken with session credentials");
        }
        Duration lasts = duration(caller, duration);
        Instant mfaAt = mfa.prove(caller, serialNumber, tokenCode);
        return issuer.issue(SessionGrant.forPrincipal(caller.accountId(), caller.principalArn(), caller.type(),
                caller.userId(), lasts, mfaAt));
    }

    private static Duration duration(Caller caller, Duration requested) {
        boolean root = caller.type() == PrincipalType.ROOT;
        Duration max = root ? MAX_ROOT_DURATION : MAX_USER_DURATION;
        if (requested == null) {
            return root ? MAX_ROOT_DURATION : DEFAULT_DURATION;
        }
        if (requested.compareTo(MIN_DURATION) < 0 || requested.compareTo(max) > 0) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "DurationSeconds must be between "
                    + MIN_DURATION.toSeconds() + " and " + max.toSeconds() + " for this principal");
        }
        return requested;
    }
}
