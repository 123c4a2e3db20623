package io.gatehouse.oidc;

import io.gatehouse.oidc.message.AuthorizationRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * A validated authorization request waiting for the user to sign in on the hosted login page.
 * Its id travels in the login page URL and is stored only as a SHA-256 digest, as is the CSRF
 * token the login form must present.
 */
public record LoginTransaction(String idHash, String poolId, AuthorizationRequest request, String csrfHash,
                               Instant expiresAt) {

    public LoginTransaction {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(csrfHash, "csrfHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
