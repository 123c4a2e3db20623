package io.gatehouse.userpool.signup;

/**
 * What a one-time code proves. The id is stored with the code (one live code per user and
 * purpose) and is the {@code purpose} of the mail that carries it. Sending a code is audited as
 * {@link #issueAction()}; {@link #auditAction()} names the state change the code unlocks, under
 * which failed attempts are recorded too.
 */
public enum CodePurpose {
    /** ConfirmSignUp: the user owns the email they signed up with. */
    SIGN_UP("signup.confirm", "user.signup.code", "user.signup.confirm"),
    /** ConfirmForgotPassword: the user may set a new password. */
    PASSWORD_RESET("password.reset", "user.password.forgot", "user.password.reset"),
    /** VerifyUserAttribute for {@code email}. */
    VERIFY_EMAIL("attribute.verify.email", "user.attribute.code", "user.attribute.verify"),
    /** The EMAIL_OTP sign-in challenge: the user can read their (verified) email now. */
    MFA_EMAIL("mfa.email", "signin.mfa.email.code", "signin.mfa");

    private final String id;
    private final String issueAction;
    private final String auditAction;

    CodePurpose(String id, String issueAction, String auditAction) {
        this.id = id;
        this.issueAction = issueAction;
        this.auditAction = auditAction;
    }

    /** The audit action of sending a code. */
    public String issueAction() {
        return issueAction;
    }

    public String id() {
        return id;
    }

    public String auditAction() {
        return auditAction;
    }
}
