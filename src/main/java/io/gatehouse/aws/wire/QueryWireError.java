package io.gatehouse.aws.wire;

import io.gatehouse.core.ErrorCode;

/**
 * Errors the AWS query protocol itself raises, named and with the status IAM and STS document in
 * their common errors: a missing or unknown {@code Action}, a body that is not a form, a parameter
 * that fails validation, the SigV4 failures, an oversized body, and the catch-all internal failure.
 * {@code MalformedQueryString} is 404 because that is what AWS documents for it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html">IAM common errors</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html">STS common errors</a>
 */
public enum QueryWireError implements ErrorCode {
    MISSING_ACTION(400, "MissingAction"),
    INVALID_ACTION(400, "InvalidAction"),
    MISSING_PARAMETER(400, "MissingParameter"),
    INVALID_PARAMETER_VALUE(400, "InvalidParameterValue"),
    INVALID_QUERY_PARAMETER(400, "InvalidQueryParameter"),
    MALFORMED_QUERY_STRING(404, "MalformedQueryString"),
    VALIDATION_ERROR(400, "ValidationError"),
    MISSING_AUTHENTICATION_TOKEN(403, "MissingAuthenticationToken"),
    INCOMPLETE_SIGNATURE(400, "IncompleteSignature"),
    INVALID_CLIENT_TOKEN_ID(403, "InvalidClientTokenId"),
    EXPIRED_TOKEN(403, "ExpiredToken"),
    SIGNATURE_DOES_NOT_MATCH(403, "SignatureDoesNotMatch"),
    REQUEST_TOO_LARGE(413, "RequestEntityTooLarge"),
    INTERNAL_FAILURE(500, "InternalFailure");

    private final int status;
    private final String awsName;

    QueryWireError(int status, String awsName) {
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
