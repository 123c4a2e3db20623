package io.gatehouse.userpool.signup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * One-time codes of the self-service account flows. The validities are Cognito's: a sign-up
 * confirmation or attribute verification code lasts 24 hours, a password-reset code one hour; an
 * email sign-in code (EMAIL_OTP) 5 minutes.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html">Recovering user accounts</a>
 */
@ConfigMapping(prefix = "gatehouse.signup")
public interface SignUpConfig {

    /** How long a sign-up confirmation code (SignUp, ResendConfirmationCode) stays valid. */
    @WithDefault("PT24H")
    Duration confirmationCodeValidity();

    /** How long a password-reset code (ForgotPassword, AdminResetUserPassword) stays valid. */
    @WithDefault("PT1H")
    Duration passwordResetCodeValidity();

    /** How long an attribute verification code (GetUserAttributeVerificationCode) stays valid. */
    @WithDefault("PT24H")
    Duration verificationCodeValidity();

    /** How long an email sign-in code (the EMAIL_OTP challenge) stays valid. */
    @WithDefault("PT5M")
    Duration mfaCodeValidity();

    /** Wrong attempts after which a code is dead (LimitExceededException until a new code is sent). */
    @WithDefault("5")
    int codeAttempts();

    /** Codes that may be sent to one user for one purpose within {@link #codeWindow()}. */
    @WithDefault("5")
    int codesPerWindow();

    /** The window of {@link #codesPerWindow()}. */
    @WithDefault("PT1H")
    Duration codeWindow();

    /** The validity of a code for {@code purpose}. */
    default Duration validity(CodePurpose purpose) {
        return switch (purpose) {
            case SIGN_UP -> confirmationCodeValidity();
            case PASSWORD_RESET -> passwordResetCodeValidity();
            case VERIFY_EMAIL -> verificationCodeValidity();
            case MFA_EMAIL -> mfaCodeValidity();
        };
    }
}
