package io.gatehouse.auth.sigv4;

import io.gatehouse.core.GatehouseException;

/**
 * A request failed Signature Version 4 verification. The message is safe to return to the
 * caller: it never contains the secret access key, the expected signature or the canonical
 * request.
 */
public class SigV4Exception extends GatehouseException {

    private final SigV4Failure failure;

    public SigV4Exception(SigV4Failure failure, String message) {
        super(failure, message);
        this.failure = failure;
    }

    public SigV4Failure failure() {
        return failure;
    }
}
