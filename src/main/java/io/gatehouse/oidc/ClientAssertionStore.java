package io.gatehouse.oidc;

import java.time.Instant;

/**
 * The {@code jti} values of accepted client assertions, stored as SHA-256 digests until the
 * assertion expires: "The authorization server MAY ensure that JWTs are not replayed by
 * maintaining the set of used jti values for the length of time for which the JWT would be
 * considered valid" (RFC 7523 §3). Recording is atomic, so a jti is accepted once across nodes.
 */
public interface ClientAssertionStore {

    /** Records the jti; false when it was already used. */
    boolean recordOnce(String jtiHash, String clientId, Instant expiresAt);

    int deleteExpired(Instant before);
}
