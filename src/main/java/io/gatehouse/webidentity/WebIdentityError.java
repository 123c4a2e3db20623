package io.gatehouse.webidentity;

import io.gatehouse.core.ErrorCode;

/**
 * Why a web identity token was refused, named as STS's AssumeRoleWithWebIdentity names it.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity errors</a>
 */
public enum WebIdentityError implements ErrorCode {
    /** Malformed, badly signed, wrong issuer or audience, unsupported algorithm, unknown key. */
    INVALID_IDENTITY_TOKEN(400, "InvalidIdentityToken"),
    /** Past its {@code exp}. */
    EXPIRED_TOKEN(400, "ExpiredTokenException"),
    /** The issuer's discovery document or key set could not be fetched or read. */
    IDP_COMMUNICATION_ERROR(400, "IDPCommunicationError");

    private final int status;
    private final String awsName;

    WebIdentityError(int status, String awsName) {
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
