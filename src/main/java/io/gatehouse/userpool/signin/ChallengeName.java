package io.gatehouse.userpool.signin;

/** The challenges of an app sign-in, spelled as Cognito's ChallengeName values. */
public enum ChallengeName {
    PASSWORD_VERIFIER,
    NEW_PASSWORD_REQUIRED,
    SOFTWARE_TOKEN_MFA,
    EMAIL_OTP,
    MFA_SETUP,
    SELECT_MFA_TYPE
}
