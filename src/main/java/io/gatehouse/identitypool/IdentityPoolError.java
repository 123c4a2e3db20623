package io.gatehouse.identitypool;

import io.gatehouse.core.ErrorCode;

/**
 * The identity-pool errors that are not shared ones ({@code InvalidParameterException},
 * {@code ResourceNotFoundException} and {@code NotAuthorizedException} come from CommonError).
 */
public enum IdentityPoolError implements ErrorCode {
    /** A login already linked to another identity. */
    RESOURCE_CONFLICT(409, "ResourceConflictException"),
    LIMIT_EXCEEDED(400, "LimitExceededException"),
    DEVELOPER_USER_ALREADY_REGISTERED(409, "DeveloperUserAlreadyRegisteredException"),
    /** No role for the kind of identity, or the role refuses to be assumed by cognito-identity.amazonaws.com. */
    INVALID_CONFIGURATION(400, "InvalidIdentityPoolConfigurationException"),
    /** The identity provider (an OIDC issuer's JWKS) could not be reached. */
    EXTERNAL_SERVICE(400, "ExternalServiceException");

    private final int status;
    private final String awsName;

    IdentityPoolError(int status, String awsName) {
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
