package io.gatehouse.oidc;

import io.gatehouse.oidc.message.ClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token introspection for resource servers: anything that is not an active token of this pool
 * is {@code {"active": false}} with no further detail (RFC 7662 §2.2).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7662#section-2.2">RFC 7662 §2.2</a>
 */
@ApplicationScoped
public class IntrospectionService {

    private final TokenLookup lookup;
    private final TokenFamilyStore families;
    private final FamilyRevocationCheck revocations;
    private final Clock clock;

    public IntrospectionService(TokenLookup lookup, TokenFamilyStore families, FamilyRevocationCheck revocations,
                                Clock clock) {
        this.lookup = lookup;
        this.families = families;
        this.revocations = revocations;
        this.clock = clock;
    }

    public Map<String, Object> introspect(String poolId, String token, String hint) {
        Optional<Map<String, Object>> result = "refresh_token".equals(hint)
                ? refreshToken(poolId, token).or(() -> accessToken(poolId, token))
                : accessToken(poolId, token).or(() -> refreshToken(poolId, token));
        return result.orElseGet(() -> Map.of("active", false));
    }

    private Optional<Map<String, Object>> accessToken(String poolId, String token) {
        return lookup.accessToken(poolId, token).filter(this::notRevoked).map(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("active", true);
            out.put("token_type", "Bearer");
            out.put("token_use", ClaimNames.USE_ACCESS);
            copy(c, out, ClaimNames.SCOPE, ClaimNames.CLIENT_ID, ClaimNames.USERNAME, "sub", "iss", "jti",
                    ClaimNames.ORIGIN_JTI, ClaimNames.COGNITO_GROUPS);
            out.put("exp", c.getExpirationTime().toInstant().getEpochSecond());
            out.put("iat", c.getIssueTime().toInstant().getEpochSecond());
            return out;
        });
    }

    private Optional<Map<String, Object>> refreshToken(String poolId, String token) {
        Instant now = clock.instant();
        return lookup.refreshTokenFamily(poolId, token).filter(f -> f.activeAt(now))
                .filter(f -> !families.isRotated(SecretDigest.sha256Hex(token))).map(f -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("active", true);
                    out.put("token_use", "refresh");
                    out.put(ClaimNames.SCOPE, f.scope());
                    out.put(ClaimNames.CLIENT_ID, f.clientId());
                    out.put("sub", f.sub().toString());
                    out.put("exp", f.expiresAt().getEpochSecond());
                    out.put("iat", f.createdAt().getEpochSecond());
                    return out;
                });
    }

    /** Client-credentials tokens have no family and stay active until they expire. */
    private boolean notRevoked(JWTClaimsSet claims) {
        Object familyId = claims.getClaim(ClaimNames.ORIGIN_JTI);
        if (familyId == null) {
            return true;
        }
        return familyId instanceof String id && !revocations.isRevoked(id);
    }

    private static void copy(JWTClaimsSet claims, Map<String, Object> out, String... names) {
        for (String name : names) {
            Object value = claims.getClaim(name);
            if (value != null) {
                out.put(name, value);
            }
        }
    }
}
