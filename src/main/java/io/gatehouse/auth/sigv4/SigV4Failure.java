package io.gatehouse.auth.sigv4;

import io.gatehouse.core.ErrorCode;

/**
 * Why a request failed Signature Version 4 verification, with the HTTP status the native API
 * answers with and the error name AWS IAM and STS return for the same defect. Expired and
 * not-yet-valid signatures are reported by IAM and STS as {@code SignatureDoesNotMatch}
 * ("Signature expired: ... is now earlier than ..."), so {@link #REQUEST_EXPIRED} uses that name.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html">STS common errors</a>
 */
public enum SigV4Failure implements ErrorCode {
    /** Neither an {@code Authorization} header nor presigned query parameters. */
    MISSING_AUTHENTICATION(401, "MissingAuthenticationToken"),
    /** The header or query parameters are present but cannot be parsed or are incomplete. */
    MALFORMED_AUTHORIZATION(401, "IncompleteSignature"),
    /** The access key id is unknown or inactive. */
    UNKNOWN_ACCESS_KEY(401, "InvalidClientTokenId"),
    /** The recomputed signature differs from the one presented. */
    SIGNATURE_MISMATCH(403, "SignatureDoesNotMatch"),
    /** The signing time is outside the allowed clock skew, or a presigned request has expired. */
    REQUEST_EXPIRED(403, "SignatureDoesNotMatch"),
    /** {@code x-amz-content-sha256} does not match the SHA-256 of the body. */
    PAYLOAD_HASH_MISMATCH(400, "XAmzContentSHA256Mismatch"),
    /** An algorithm other than {@code AWS4-HMAC-SHA256}, such as SigV2 or SigV4a. */
    UNSUPPORTED_ALGORITHM(401, "IncompleteSignature"),
    /** The session token is not one this deployment issued, or does not belong to the access key. */
    INVALID_SESSION_TOKEN(401, "InvalidClientTokenId"),
    /** The temporary credentials' session has expired. */
    EXPIRED_SESSION_TOKEN(401, "ExpiredToken");

    private final int status;
    private final String awsName;

    SigV4Failure(int status, String awsName) {
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
