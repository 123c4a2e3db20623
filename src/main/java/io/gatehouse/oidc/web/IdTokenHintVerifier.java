package io.gatehouse.oidc.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.token.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Optional;

/**
 * Verifies the {@code id_token_hint} of a logout request: an RS256 ID token signed by one of the
 * pool's published keys and issued by the pool. Expiry is not checked: RP-Initiated Logout §2
 * "The OP SHOULD accept ID Tokens when the RP identified by the ID Token's aud claim … had a
 * recent session at the OP, even when the exp time has passed."
 *
 * @see <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout">RP-Initiated Logout §2</a>
 */
@ApplicationScoped
class IdTokenHintVerifier {

    private final SigningKeyService keys;
    private final Issuer issuer;

    IdTokenHintVerifier(SigningKeyService keys, Issuer issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The hint's claims; empty without a hint; a {@link PageException} for any invalid one. */
    Optional<JWTClaimsSet> verify(String poolId, String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(processor(poolId).process(hint, null));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new PageException(PageError.INVALID_ID_TOKEN_HINT, poolId, null);
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(String poolId) {
        String expectedIssuer = issuer.of(poolId);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.jwks(poolId))));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            if (!expectedIssuer.equals(claims.getIssuer())) {
                throw new BadJWTException("Wrong issuer");
            }
            if (!ClaimNames.USE_ID.equals(claims.getClaim(ClaimNames.TOKEN_USE))) {
                throw new BadJWTException("Not an ID token");
            }
            if (claims.getSubject() == null || claims.getAudience() == null || claims.getAudience().isEmpty()) {
                throw new BadJWTException("Missing sub or aud");
            }
        });
        return processor;
    }
}
