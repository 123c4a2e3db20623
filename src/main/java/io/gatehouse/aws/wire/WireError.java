package io.gatehouse.aws.wire;

import io.gatehouse.core.ErrorCode;

/**
 * Errors the AWS JSON protocol itself raises, before or around an operation: an unknown or missing
 * {@code X-Amz-Target}, a body that is not a JSON object, the SigV4 failures as JSON services name
 * them, an oversized body, and the catch-all internal error. AWS JSON services answer client errors
 * with HTTP 400.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/CommonErrors.html">Cognito common errors</a>
 */
public enum WireError implements ErrorCode {
    UNKNOWN_OPERATION(400, "UnknownOperationException"),
    SERIALIZATION(400, "SerializationException"),
    MISSING_AUTHENTICATION_TOKEN(400, "MissingAuthenticationTokenException"),
    INCOMPLETE_SIGNATURE(400, "IncompleteSignatureException"),
    UNRECOGNIZED_CLIENT(400, "UnrecognizedClientException"),
    INVALID_SIGNATURE(400, "InvalidSignatureException"),
    EXPIRED_TOKEN(400, "ExpiredTokenException"),
    ACCESS_DENIED(400, "AccessDeniedException"),
    REQUEST_TOO_LARGE(413, "RequestEntityTooLargeException"),
    INTERNAL_ERROR(500, "InternalErrorException");

    private final int status;
    private final String awsName;

    WireError(int status, String awsName) {
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
