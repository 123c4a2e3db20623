package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of token families and their refresh tokens (stored as SHA-256 digests). Rotation is
 * atomic: a refresh token can be exchanged once; presenting an already rotated one yields
 * {@link Exchange.Reused} and the caller revokes the whole family (RFC 9700 §4.14.2).
 */
public interface TokenFamilyStore {

    /** Creates the family; false when a family with its id exists already (revoked by a code replay). */
    boolean create(TokenFamily family);

    /** Revokes the family, creating it revoked when its first redemption has not committed yet. */
    void revokeOrTombstone(TokenFamily family, Instant now);

    Optional<TokenFamily> find(String familyId);

    void addRefreshToken(String tokenHash, String familyId, Instant now);

    /**
     * Spends a refresh token and stores its successor, atomically: only a token not yet rotated,
     * issued to {@code clientId}, whose family is active at {@code now}. Of concurrent exchanges
     * of one token exactly one is {@link Exchange.Exchanged}; every other one sees it rotated.
     * Nothing changes unless the result is {@link Exchange.Exchanged}.
     */
    Exchange exchange(String tokenHash, String clientId, String successorHash, Instant now);

    /** Finds the family of a refresh token without rotating it (revocation, introspection). */
    Optional<TokenFamily> findByRefreshToken(String tokenHash);

    /** True when this refresh token was already exchanged (it can no longer be used). */
    boolean isRotated(String tokenHash);

    /** Revokes every active family of the user; returns how many. */
    int revokeAllOf(UUID sub, Instant now);

    /** Revokes the family; true when it was active. */
    boolean revoke(String familyId, Instant now);

    /** Whether the family is revoked or no longer exists (deleted families revoke their access tokens too). */
    boolean isRevoked(String familyId);

    /** Deletes families (and their refresh tokens) that expired before the instant. */
    int deleteExpired(Instant before);

    /** What {@link #exchange} did with a presented refresh token. */
    sealed interface Exchange {
        /** The token is spent and its successor stored; the family it belongs to. */
        record Exchanged(TokenFamily family) implements Exchange {
        }

        /** The token was issued to this client but already rotated: a replay, so its family must be revoked. */
        record Reused(TokenFamily family) implements Exchange {
        }

        /** Unknown, issued to another client, or of a revoked or expired family. */
        record Refused() implements Exchange {
        }
    }
}
