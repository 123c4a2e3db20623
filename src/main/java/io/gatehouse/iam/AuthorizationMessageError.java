package io.gatehouse.iam;

import io.gatehouse.core.ErrorCode;

/** Errors of decoding an encoded authorization message (STS {@code DecodeAuthorizationMessage}). */
public enum AuthorizationMessageError implements ErrorCode {
    /** Not a message Gatehouse encoded, altered, or encoded for a denial in another account. */
    INVALID_AUTHORIZATION_MESSAGE(400, "InvalidAuthorizationMessageException");

    private final int status;
    private final String awsName;

    AuthorizationMessageError(int status, String awsName) {
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
