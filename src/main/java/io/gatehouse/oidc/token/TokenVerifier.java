package io.gatehouse.oidc.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.kms.SigningProvider;
import io.gatehouse.oidc.message.ClaimNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies JWTs issued by a pool with a configured Nimbus processor: RS256 only (so
 * {@code alg=none} and HS/RS confusion fail), keys only from the pool's published set (an
 * unknown {@code kid} fails), exact issuer, required claims, expiry, and the expected
 * {@code token_use}.
 *
 * <p>Candidate keys are matched against the pool's published set on every call, as Nimbus's
 * {@code JWSVerificationKeySelector} does, but each published JWK is converted to a Java key
 * once, in the signing provider's own form, and verified with that provider: converting the
 * JWK and verifying with the JDK's BigInteger arithmetic were about half of an introspection's
 * JWT check.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "exp", "iat", "jti");
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> JWT_TYPE =
            new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null);

    private final SigningKeyService keys;
    private final SigningProvider signingProvider;
    private final Issuer issuer;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
    private final Map<String, PublicKeyOf> publicKeys = new ConcurrentHashMap<>();

    public TokenVerifier(SigningKeyService keys, SigningProvider signingProvider, Issuer issuer) {
        this.keys = keys;
        this.signingProvider = signingProvider;
        this.issuer = issuer;
        signingProvider.provider().ifPresent(verifiers.getJCAContext()::setProvider);
    }

    /** The verified claims, or empty for any token that is not a valid, unexpired token of this pool and use. */
    public Optional<JWTClaimsSet> verify(String poolId, String token, String tokenUse) {
        if (token == null || token.length() > 16_384) {
            return Optional.empty();
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(JWT_TYPE);
        processor.setJWSKeySelector(publishedKeys(poolId));
        processor.setJWSVerifierFactory(verifiers);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.of(poolId)).claim(ClaimNames.TOKEN_USE, tokenUse).build(),
                REQUIRED_CLAIMS));
        try {
            return Optional.of(processor.process(token, null));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The pool's published RS256 keys that match the header ({@code kid}, use, algorithm); none for another algorithm. */
    private JWSKeySelector<SecurityContext> publishedKeys(String poolId) {
        return (header, context) -> {
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
                return List.of();
            }
            List<Key> candidates = new ArrayList<>();
            for (JWK jwk : new JWKSelector(JWKMatcher.forJWSHeader(header)).select(keys.jwks(poolId))) {
                if (jwk instanceof RSAKey rsa) {
                    candidates.add(publicKey(rsa));
                }
            }
            return candidates;
        };
    }

    /** The provider's form of a published key, converted once per key id (and again if the JWK under that id changed). */
    private RSAPublicKey publicKey(RSAKey jwk) throws KeySourceException {
        PublicKeyOf known = publicKeys.get(jwk.getKeyID());
        if (known != null && known.jwk().equals(jwk)) {
            return known.key();
        }
        try {
            RSAPublicKey key = signingProvider.rsaPublicKey(jwk.toRSAPublicKey());
            publicKeys.put(jwk.getKeyID(), new PublicKeyOf(jwk, key));
            return key;
        } catch (GeneralSecurityException | JOSEException e) {
            throw new KeySourceException("Unusable published key " + jwk.getKeyID(), e);
        }
    }

    private record PublicKeyOf(RSAKey jwk, RSAPublicKey key) {
    }
}
