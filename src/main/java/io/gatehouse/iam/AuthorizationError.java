package io.gatehouse.iam;

import io.gatehouse.core.ErrorCode;

/** Errors of authorization by the policy engine. */
public enum AuthorizationError implements ErrorCode {
    /** AWS's query services say {@code AccessDenied}; JSON services {@code AccessDeniedException}. */
    ACCESS_DENIED(403, "AccessDenied");

    private final int status;
    private final String awsName;

    AuthorizationError(int status, String awsName) {
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
