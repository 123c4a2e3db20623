package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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

    /** Revokes every active session of the user; returns how many. */
    int revokeAllOf(UUID sub, Instant now);

    int deleteExpired(Instant before);
}
