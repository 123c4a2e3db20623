package io.gatehouse.iam;

import io.gatehouse.core.ErrorCode;

/**
 * IAM's error table: each code with the HTTP status and the error name IAM's query API answers with.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html">IAM common errors</a>
 */
public enum IamError implements ErrorCode {
    /** A parameter breaks a length, pattern or range constraint of the API reference. */
    VALIDATION_ERROR(400, "ValidationError"),
    INVALID_INPUT(400, "InvalidInput"),
    MALFORMED_POLICY_DOCUMENT(400, "MalformedPolicyDocument"),
    UNMODIFIABLE_ENTITY(400, "UnmodifiableEntity"),
    POLICY_NOT_ATTACHABLE(400, "PolicyNotAttachable"),
    NO_SUCH_ENTITY(404, "NoSuchEntity"),
    ENTITY_ALREADY_EXISTS(409, "EntityAlreadyExists"),
    DELETE_CONFLICT(409, "DeleteConflict"),
    LIMIT_EXCEEDED(409, "LimitExceeded");

    private final int status;
    private final String awsName;

    IamError(int status, String awsName) {
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
