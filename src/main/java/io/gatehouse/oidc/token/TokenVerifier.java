package io.gatehouse.oidc.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.token.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies JWTs issued by a pool with a configured Nimbus processor: RS256 only (so
 * {@code alg=none} and HS/RS confusion fail), keys only from the pool's published set (an
 * unknown {@code kid} fails), exact issuer, required claims, expiry, and the expected
 * {@code token_use}.
 */
@ApplicationScoped
public class TokenVerifier {

    private final SigningKeyService keys;
    private final Issuer issuer;

    public TokenVerifier(SigningKeyService keys, Issuer issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The verified claims, or empty for any token that is not a valid, unexpired token of this pool and use. */
    public Optional<JWTClaimsSet> verify(String poolId, String token, String tokenUse) {
        if (token == null || token.length() > 16_384) {
            return Optional.empty();
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.jwks(poolId))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.of(poolId)).claim(ClaimNames.TOKEN_USE, tokenUse).build(),
                Set.of("sub", "exp", "iat", "jti")));
        try {
            return Optional.of(processor.process(token, null));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }
}
