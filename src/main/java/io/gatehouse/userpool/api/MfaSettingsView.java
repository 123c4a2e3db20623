package io.gatehouse.userpool.api;

import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signin.UserMfa;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user's second factors, read and written in the same shape:
 * {@code {"totp": {"enabled": true, "preferred": true}, "email": {"enabled": false, "preferred": false}}}.
 * In a request an absent factor stays as it is (SetUserMFAPreference); TOTP can be enabled only
 * after an authenticator was verified, email only with a verified email address.
 */
@Schema(name = "MfaSettings")
public record MfaSettingsView(Factor totp, Factor email) {

    static MfaSettingsView of(Optional<UserMfa> mfa) {
        return mfa.map(m -> new MfaSettingsView(
                new Factor(m.totpReady(), m.totpReady() && m.preferred() == MfaType.SOFTWARE_TOKEN_MFA),
                new Factor(m.emailEnabled(), m.emailEnabled() && m.preferred() == MfaType.EMAIL_OTP)))
                .orElse(new MfaSettingsView(new Factor(false, false), new Factor(false, false)));
    }

    static MfaPreferences.Setting setting(Factor factor) {
        return factor == null ? null : new MfaPreferences.Setting(factor.enabled(), factor.preferred());
    }

    /** One factor: on or off, and whether it is the one asked for at sign-in. */
    @Schema(name = "MfaFactor")
    public record Factor(@Schema(example = "true") boolean enabled, @Schema(example = "true") boolean preferred) {
    }
}
