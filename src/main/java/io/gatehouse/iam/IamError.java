package io.gatehouse.iam;

import io.gatehouse.core.ErrorCode;

/**
 * Error table of IAM, named and given the HTTP status of the IAM errors they emulate. Pattern and
 * length violations are {@code ValidationError}, as AWS's request validation reports them; rules
 * about valid-looking input are {@code InvalidInput}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html">IAM common errors</a>
 */
public enum IamError implements ErrorCode {
    NO_SUCH_ENTITY(404, "NoSuchEntity"),
    ENTITY_ALREADY_EXISTS(409, "EntityAlreadyExists"),
    DELETE_CONFLICT(409, "DeleteConflict"),
    LIMIT_EXCEEDED(409, "LimitExceeded"),
    INVALID_INPUT(400, "InvalidInput"),
    VALIDATION_ERROR(400, "ValidationError"),
    PASSWORD_POLICY_VIOLATION(400, "PasswordPolicyViolation"),
    ENTITY_TEMPORARILY_UNMODIFIABLE(409, "EntityTemporarilyUnmodifiable"),
    INVALID_AUTHENTICATION_CODE(403, "InvalidAuthenticationCode"),
    INVALID_USER_TYPE(400, "InvalidUserType"),
    ACCESS_DENIED(403, "AccessDenied"),
    REPORT_NOT_PRESENT(410, "ReportNotPresent"),
    REPORT_EXPIRED(410, "ReportExpired"),
    REPORT_IN_PROGRESS(404, "ReportInProgress"),
    MALFORMED_POLICY_DOCUMENT(400, "MalformedPolicyDocument"),
    UNMODIFIABLE_ENTITY(400, "UnmodifiableEntity");

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
