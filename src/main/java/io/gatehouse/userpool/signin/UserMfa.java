package io.gatehouse.userpool.signin;

import io.gatehouse.userpool.MfaType;
import java.util.UUID;

/**
 * A user's second factors. {@code totpSecret} is set by AssociateSoftwareToken and counts once
 * VerifySoftwareToken proved the user holds it; {@code totpLastStep} is the last accepted time
 * step, so a code is never accepted twice. {@code preferred} chooses between enabled factors.
 */
public record UserMfa(UUID sub, byte[] totpSecret, boolean totpVerified, long totpLastStep, boolean totpEnabled,
                      boolean emailEnabled, MfaType preferred) {

    public static UserMfa none(UUID sub) {
        return new UserMfa(sub, null, false, -1, false, false, null);
    }

    public boolean totpReady() {
        return totpSecret != null && totpVerified && totpEnabled;
    }

    public UserMfa withPendingTotp(byte[] secret) {
        return new UserMfa(sub, secret, false, -1, false, emailEnabled, preferred == MfaType.SOFTWARE_TOKEN_MFA ? null : preferred);
    }

    public UserMfa withTotpVerified(long step) {
        return new UserMfa(sub, totpSecret, true, step, true, emailEnabled, preferred);
    }

    public UserMfa withTotpStep(long step) {
        return new UserMfa(sub, totpSecret, totpVerified, step, totpEnabled, emailEnabled, preferred);
    }

    public UserMfa withPreferences(boolean totp, boolean email, MfaType newPreferred) {
        return new UserMfa(sub, totpSecret, totpVerified, totpLastStep, totp, email, newPreferred);
    }
}
