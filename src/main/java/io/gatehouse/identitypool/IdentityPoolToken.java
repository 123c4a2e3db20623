package io.gatehouse.identitypool;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verified identity-pool OpenID token (GetOpenIdToken, GetOpenIdTokenForDeveloperIdentity): the
 * identity ({@code sub}), its pool ({@code aud}), {@code amr} ({@code ["authenticated", <provider>,
 * <provider>:…:<user>]} or {@code ["unauthenticated"]}), the principal tags it carries, and its lifetime.
 */
public record IdentityPoolToken(String identityId, String poolId, List<String> amr, Map<String, String> principalTags,
                                Instant issuedAt, Instant expiresAt) {

    public IdentityPoolToken {
        Objects.requireNonNull(identityId, "identityId");
        Objects.requireNonNull(poolId, "poolId");
        amr = List.copyOf(Objects.requireNonNull(amr, "amr"));
        principalTags = Map.copyOf(Objects.requireNonNull(principalTags, "principalTags"));
    }

    public boolean authenticated() {
        return amr.contains(PoolRoles.AUTHENTICATED);
    }
}
