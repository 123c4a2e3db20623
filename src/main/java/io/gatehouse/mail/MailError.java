package io.gatehouse.mail;

import io.gatehouse.core.ErrorCode;

/** Error table of mail delivery, named after the Cognito errors they emulate. */
public enum MailError implements ErrorCode {
    INVALID_PARAMETER(400, "InvalidParameterException"),
    /** Cognito answers 400 when a verification code cannot be sent. */
    CODE_DELIVERY_FAILURE(400, "CodeDeliveryFailureException"),
    MESSAGE_NOT_FOUND(404, "ResourceNotFoundException");

    private final int status;
    private final String awsName;

    MailError(int status, String awsName) {
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
