package io.gatehouse.console;

import io.gatehouse.core.ErrorCode;

/** Console sign-in errors beyond the common ones. */
public enum ConsoleError implements ErrorCode {
    /** The password was right and the principal has an MFA device: sign in again with its code. */
    MFA_REQUIRED(401, "MfaRequired");

    private final int status;
    private final String awsName;

    ConsoleError(int status, String awsName) {
        this.status = status;
        this.awsName = awsName;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String awsName() {
        return awsName;
    }
}
