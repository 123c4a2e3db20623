package io.gatehouse.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.iam.MfaCheck;
import io.gatehouse.iam.MfaDevice;
import io.gatehouse.iam.MfaDeviceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final MfaDeviceService mfa;
    private final Clock clock;

    public UserSessions(SessionIssuer issuer, MfaDeviceService mfa, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Instant mfaAt = tokenCode == null && serialNumber == null ? null : checkMfa(caller, serialNumber, tokenCode);
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

    /** The code must be current, unused, and from a device assigned to the caller itself. */
    private Instant checkMfa(Caller caller, String serialNumber, String tokenCode) {
        if (serialNumber == null || tokenCode == null) {
            throw new GatehouseException(StsError.VALIDATION_ERROR,
                    "SerialNumber and TokenCode must be given together");
        }
        MfaCheck check = mfa.verify(caller.accountId(), serialNumber, tokenCode);
        boolean own = check.device().map(device -> ownedBy(device, caller)).orElse(false);
        if (!check.accepted() || !own) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED,
                    "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        }
        return clock.instant();
    }

    private static boolean ownedBy(MfaDevice device, Caller caller) {
        return caller.type() == PrincipalType.ROOT ? caller.accountId().equals(device.rootAccountId())
                : caller.userId().equals(device.userId());
    }
}
