package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of hosted-login SSO sessions, keyed by the SHA-256 of the cookie value (never the
 * value itself). A revoked or expired session is never returned by {@link #findActive}, so a
 * logout on one node takes effect on every node at once.
 */
public interface SsoSessionStore {

    void create(SsoSession session);

    Optional<SsoSession> findActive(String idHash, Instant now);

    /** Marks the session revoked; true when it was active. */
    boolean revoke(String idHash, Instant now);

    int deleteExpired(Instant before);
}
