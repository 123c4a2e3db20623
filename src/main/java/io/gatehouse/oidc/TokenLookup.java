package io.gatehouse.oidc;

import io.gatehouse.oidc.message.ClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.token.TokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Optional;

/**
 * Identifies a token presented for revocation or introspection: a refresh token (by digest) or
 * a JWT of the pool (verified). The hint only orders the checks (RFC 7009 §2.1).
 */
@ApplicationScoped
public class TokenLookup {

    private final TokenFamilyStore families;
    private final TokenVerifier verifier;

    public TokenLookup(TokenFamilyStore families, TokenVerifier verifier) {
        this.families = families;
        this.verifier = verifier;
    }

    public Optional<TokenFamily> refreshTokenFamily(String poolId, String token) {
        return families.findByRefreshToken(SecretDigest.sha256Hex(token)).filter(f -> f.poolId().equals(poolId));
    }

    public Optional<JWTClaimsSet> accessToken(String poolId, String token) {
        return verifier.verify(poolId, token, ClaimNames.USE_ACCESS);
    }

    public Optional<JWTClaimsSet> idToken(String poolId, String token) {
        return verifier.verify(poolId, token, ClaimNames.USE_ID);
    }

    /** The family a JWT belongs to ({@code origin_jti}), if any: client_credentials tokens have none. */
    public Optional<TokenFamily> familyOf(JWTClaimsSet claims) {
        try {
            String familyId = claims.getStringClaim(ClaimNames.ORIGIN_JTI);
            return familyId == null ? Optional.empty() : families.find(familyId);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
