package io.gatehouse.core;

import java.util.Objects;

/**
 * The single domain exception: a code from a feature's error table and a message safe to
 * show to the caller. Messages never contain secrets, tokens or passwords.
 */
public class GatehouseException extends RuntimeException {

    private final ErrorCode code;

    public GatehouseException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
