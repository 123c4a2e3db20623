package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of token families and their refresh tokens (stored as SHA-256 digests). Rotation is
 * atomic: a refresh token can be exchanged once; presenting an already rotated one yields
 * {@link Rotation.Reused} and the caller revokes the whole family (RFC 9700 §4.14.2).
 */
public interface TokenFamilyStore {

    void create(TokenFamily family);

    Optional<TokenFamily> find(String familyId);

    void addRefreshToken(String tokenHash, String familyId, Instant now);

    Rotation rotate(String tokenHash, Instant now);

    /** Finds the family of a refresh token without rotating it (revocation, introspection). */
    Optional<TokenFamily> findByRefreshToken(String tokenHash);

    /** True when this refresh token was already exchanged (it can no longer be used). */
    boolean isRotated(String tokenHash);

    /** Revokes the family; true when it was active. */
    boolean revoke(String familyId, Instant now);

    /** Whether the family is revoked; answered from a cache where possible. */
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
