package io.gatehouse.core;

/** Errors shared by every feature: bad input, missing resources, authentication. */
public enum CommonError implements ErrorCode {
    INVALID_PARAMETER(400, "InvalidParameterException"),
    NOT_FOUND(404, "ResourceNotFoundException"),
    CONFLICT(409, "ResourceConflictException"),
    NOT_AUTHORIZED(401, "NotAuthorizedException"),
    ACCESS_DENIED(403, "AccessDeniedException"),
    TOO_MANY_REQUESTS(429, "TooManyRequestsException");

    private final int status;
    private final String awsName;

    CommonError(int status, String awsName) {
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
