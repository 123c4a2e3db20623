package io.gatehouse.userpool;

/** Second factors a pool can offer, named as Cognito's challenges. */
public enum MfaType {
    SOFTWARE_TOKEN_MFA("otp"),
    EMAIL_OTP("otp");

    private final String amr;

    MfaType(String amr) {
        this.amr = amr;
    }

    /** The RFC 8176 {@code amr} value of the factor, next to {@code mfa}. */
    public String amr() {
        return amr;
    }
}
