package io.gatehouse.oidc.web;

import java.util.Objects;

/**
 * A failure shown to the user as an error page instead of being sent to the client; see
 * {@link PageError}. The pool and client, when known, only feed the audit record.
 */
class PageException extends RuntimeException {

    private final PageError error;
    private final String poolId;
    private final String clientId;

    PageException(PageError error, String poolId, String clientId) {
        super(error.name());
        this.error = Objects.requireNonNull(error, "error");
        this.poolId = poolId;
        this.clientId = clientId;
    }

    PageError error() {
        return error;
    }

    String poolId() {
        return poolId;
    }

    String clientId() {
        return clientId;
    }
}
