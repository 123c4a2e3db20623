package io.gatehouse.oidc.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
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
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.kms.SigningProvider;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.platform.BoundedMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
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
 *
 * <p>A token presented again skips the parse and the signature ({@link VerifiedTokens}) but not
 * what can have changed since: its claims are checked again at the current time, and the key that
 * verified it must still be published by this pool, so a key's removal ends its tokens at once.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "exp", "iat", "jti");
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> JWT_TYPE =
            new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null);

    private final SigningKeyService keys;
    private final SigningProvider signingProvider;
    private final Issuer issuer;
    private final Clock clock;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
    private final Map<String, PublicKeyOf> publicKeys = new ConcurrentHashMap<>();
    private final VerifiedTokens verified = new VerifiedTokens();
    private final BoundedMap<String, JWTClaimsSetVerifier<SecurityContext>> claimsVerifiers = new BoundedMap<>(1_024);

    public TokenVerifier(SigningKeyService keys, SigningProvider signingProvider, Issuer issuer, Clock clock) {
        this.keys = keys;
        this.signingProvider = signingProvider;
        this.issuer = issuer;
        this.clock = clock;
        signingProvider.provider().ifPresent(verifiers.getJCAContext()::setProvider);
    }

    /** The verified claims, or empty for any token that is not a valid, unexpired token of this pool and use. */
    public Optional<JWTClaimsSet> verify(String poolId, String token, String tokenUse) {
        if (token == null || token.length() > 16_384) {
            return Optional.empty();
        }
        JWTClaimsSetVerifier<SecurityContext> claimsVerifier = claimsVerifier(poolId, tokenUse);
        String digest = VerifiedTokens.digestOf(token);
        VerifiedTokens.Verified known = verified.find(digest);
        if (known != null) {
            return stillPublished(poolId, known.key()) && holds(claimsVerifier, known.claims())
                    ? Optional.of(known.claims()) : Optional.empty();
        }
        PublishedKeys candidates = new PublishedKeys(poolId);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(JWT_TYPE);
        processor.setJWSKeySelector(candidates);
        processor.setJWSVerifierFactory(verifiers);
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        try {
            JWTClaimsSet claims = processor.process(token, null);
            candidates.only().ifPresent(key -> verified.remember(digest, claims, key));
            return Optional.of(claims);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    /**
     * Exact issuer and token use, required claims, and expiry with Nimbus's default skew, on the
     * injected clock. Immutable, so built once per pool and use.
     */
    private JWTClaimsSetVerifier<SecurityContext> claimsVerifier(String poolId, String tokenUse) {
        String key = poolId + ' ' + tokenUse;
        JWTClaimsSetVerifier<SecurityContext> known = claimsVerifiers.get(key);
        if (known == null) {
            known = newClaimsVerifier(poolId, tokenUse);
            claimsVerifiers.put(key, known);
        }
        return known;
    }

    private JWTClaimsSetVerifier<SecurityContext> newClaimsVerifier(String poolId, String tokenUse) {
        return new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.of(poolId)).claim(ClaimNames.TOKEN_USE, tokenUse).build(),
                REQUIRED_CLAIMS) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
    }

    private static boolean holds(JWTClaimsSetVerifier<SecurityContext> claimsVerifier, JWTClaimsSet claims) {
        try {
            claimsVerifier.verify(claims, null);
            return true;
        } catch (BadJWTException e) {
            return false;
        }
    }

    private boolean stillPublished(String poolId, RSAKey key) {
        return keys.publishedKey(poolId, key.getKeyID()).filter(key::equals).isPresent();
    }

    /**
     * The pool's published RS256 keys that match the header ({@code kid}, use, algorithm); none for
     * another algorithm. Remembers what it offered, so a verified token can be tied to its key.
     */
    private final class PublishedKeys implements JWSKeySelector<SecurityContext> {

        private final String poolId;
        private final List<RSAKey> offered = new ArrayList<>();

        PublishedKeys(String poolId) {
            this.poolId = poolId;
        }

        @Override
        public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
                return List.of();
            }
            List<Key> candidates = new ArrayList<>();
            for (JWK jwk : new JWKSelector(JWKMatcher.forJWSHeader(header)).select(keys.jwks(poolId))) {
                if (jwk instanceof RSAKey rsa) {
                    candidates.add(publicKey(rsa));
                    offered.add(rsa);
                }
            }
            return candidates;
        }

        /** The key that verified, when exactly one was offered (a header without {@code kid} can match several). */
        Optional<RSAKey> only() {
            return offered.size() == 1 ? Optional.of(offered.get(0)) : Optional.empty();
        }
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
