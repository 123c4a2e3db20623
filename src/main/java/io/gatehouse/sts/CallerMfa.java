package io.gatehouse.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.iam.MfaCheck;
import io.gatehouse.iam.MfaDevice;
import io.gatehouse.iam.MfaDeviceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Checks the MFA code a caller passes to STS ({@code SerialNumber} + {@code TokenCode}): the code
 * must be current, unused, and from a device assigned to the caller itself, as AWS requires for
 * GetSessionToken and AssumeRole.
 */
@ApplicationScoped
public class CallerMfa {

    private final MfaDeviceService mfa;
    private final Clock clock;

    public CallerMfa(MfaDeviceService mfa, Clock clock) {
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** When MFA was proved (now), or null when neither value was passed; fails on a bad or foreign code. */
    Instant prove(Caller caller, String serialNumber, String tokenCode) {
        if (serialNumber == null && tokenCode == null) {
            return null;
        }
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
        return switch (caller.type()) {
            case ROOT -> caller.accountId().equals(device.rootAccountId());
            case USER -> caller.userId().equals(device.userId());
            case ASSUMED_ROLE, FEDERATED_USER -> false;
        };
    }
}
