package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of token families and their refresh tokens (stored as SHA-256 digests). Rotation is
 * atomic: a refresh token can be exchanged once; presenting an already rotated one yields
 * {@link Rotation.Reused} and the caller revokes the whole family (RFC 9700 §4.14.2).
 */
public interface TokenFamilyStore {

    /** Creates the family; false when a family with its id exists already (revoked by a code replay). */
    boolean create(TokenFamily family);

    /** Revokes the family, creating it revoked when its first redemption has not committed yet. */
    void revokeOrTombstone(TokenFamily family, Instant now);

    Optional<TokenFamily> find(String familyId);

    void addRefreshToken(String tokenHash, String familyId, Instant now);

    Rotation rotate(String tokenHash, Instant now);

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

    sealed interface Rotation {
        record Rotated(TokenFamily family) implements Rotation {
        }

        record Reused(TokenFamily family) implements Rotation {
        }

        record Unknown() implements Rotation {
        }
    }
}
