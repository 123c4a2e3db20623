package io.gatehouse.userpool;

import io.gatehouse.core.ErrorCode;

/** Error table of the user-pool feature, named after the Cognito errors they emulate. */
public enum UserPoolError implements ErrorCode {
    INVALID_PARAMETER(400, "InvalidParameterException"),
    INVALID_PASSWORD(400, "InvalidPasswordException"),
    RESOURCE_NOT_FOUND(404, "ResourceNotFoundException"),
    USER_NOT_FOUND(404, "UserNotFoundException"),
    USERNAME_EXISTS(409, "UsernameExistsException"),
    GROUP_EXISTS(409, "GroupExistsException"),
    RESOURCE_EXISTS(409, "ResourceConflictException"),
    NOT_AUTHORIZED(401, "NotAuthorizedException"),
    PASSWORD_RESET_REQUIRED(400, "PasswordResetRequiredException"),
    USER_NOT_CONFIRMED(400, "UserNotConfirmedException"),
    CODE_MISMATCH(400, "CodeMismatchException"),
    EXPIRED_CODE(400, "ExpiredCodeException"),
    LIMIT_EXCEEDED(429, "LimitExceededException"),
    TOO_MANY_FAILED_ATTEMPTS(429, "TooManyFailedAttemptsException"),
    TOO_MANY_REQUESTS(429, "TooManyRequestsException"),
    ENABLE_SOFTWARE_TOKEN_MFA(400, "EnableSoftwareTokenMFAException"),
    SOFTWARE_TOKEN_MFA_NOT_FOUND(400, "SoftwareTokenMFANotFoundException"),
    INVALID_USER_POOL_CONFIGURATION(400, "InvalidUserPoolConfigurationException"),
    ALIAS_EXISTS(409, "AliasExistsException"),
    CODE_DELIVERY_FAILURE(502, "CodeDeliveryFailureException"),
    UNSUPPORTED_TOKEN_TYPE(400, "UnsupportedTokenTypeException"),
    UNSUPPORTED_OPERATION(400, "UnsupportedOperationException"),
    /** A trigger could not be called: connection refused, timeout, non-2xx without a message. */
    UNEXPECTED_LAMBDA(400, "UnexpectedLambdaException"),
    /** A trigger answered 2xx with a body that is not the event it was sent. */
    INVALID_LAMBDA_RESPONSE(400, "InvalidLambdaResponseException"),
    /** A trigger rejected the request ({@code {"message": ...}} with an error status), as a Lambda that throws. */
    USER_LAMBDA_VALIDATION(400, "UserLambdaValidationException"),
    UNSUPPORTED_USER_STATE(400, "UnsupportedUserStateException");

    private final int status;
    private final String awsName;

    UserPoolError(int status, String awsName) {
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
