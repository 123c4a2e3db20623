package io.gatehouse.api;

import io.gatehouse.core.ErrorCode;

/**
 * Errors only the native REST layer raises: a body that is not the JSON the operation expects
 * (AWS answers {@code SerializationException}) and an unexpected failure ({@code InternalFailure}).
 */
public enum ApiError implements ErrorCode {
    SERIALIZATION(400, "SerializationException"),
    INTERNAL_FAILURE(500, "InternalFailure");

    private final int status;
    private final String awsName;

    ApiError(int status, String awsName) {
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
