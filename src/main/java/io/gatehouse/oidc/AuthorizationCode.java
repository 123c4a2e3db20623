package io.gatehouse.oidc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an authorization code stands for. Stored under the SHA-256 of the code; the code itself
 * exists only in the redirect. {@code familyId} is set once tokens were issued from it.
 */
public record AuthorizationCode(String codeHash, String poolId, String clientId, UUID sub, String redirectUri,
                                String scope, String nonce, String codeChallenge, Instant authTime, List<String> amr,
                                Instant expiresAt, String familyId) {

    public AuthorizationCode {
        amr = List.copyOf(amr);
    }
}
