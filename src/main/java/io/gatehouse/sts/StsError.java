package io.gatehouse.sts;

import io.gatehouse.core.ErrorCode;

/** STS's own errors, named and statused as STS answers them. */
public enum StsError implements ErrorCode {
    VALIDATION_ERROR(400, "ValidationError"),
    MALFORMED_POLICY_DOCUMENT(400, "MalformedPolicyDocument"),
    PACKED_POLICY_TOO_LARGE(400, "PackedPolicyTooLarge"),
    INVALID_PARAMETER_VALUE(400, "InvalidParameterValue");

    private final int status;
    private final String awsName;

    StsError(int status, String awsName) {
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
