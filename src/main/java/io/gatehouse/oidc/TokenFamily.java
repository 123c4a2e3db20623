package io.gatehouse.oidc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One sign-in's chain of refresh tokens and the access tokens derived from them. Its id is the
 * {@code origin_jti} of every token it issues, so revoking the family revokes them all.
 */
public record TokenFamily(String id, String poolId, String clientId, UUID sub, String scope, Instant authTime,
                          List<String> amr, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public TokenFamily {
        amr = List.copyOf(amr);
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
