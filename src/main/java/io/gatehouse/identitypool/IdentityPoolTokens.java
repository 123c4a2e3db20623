package io.gatehouse.identitypool;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.oidc.token.JwtSigner;
import io.gatehouse.platform.PlatformConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies the OpenID tokens of identity pools. They are RS256 JWTs signed by the same
 * rotating, sealed signing keys as user-pool tokens, under the key owner {@value #KEY_OWNER};
 * their issuer is {@code <public URL>/identity-pools}, whose JWKS is served at
 * {@code <issuer>/.well-known/jwks.json}. {@code aud} is the identity pool id, {@code sub} the
 * identity id; principal tags travel in the {@code https://aws.amazon.com/tags} claim as in AWS.
 * {@link #verify} is what AssumeRoleWithWebIdentity uses for the {@code cognito-identity.amazonaws.com}
 * principal (basic flow).
 */
@ApplicationScoped
public class IdentityPoolTokens {

    public static final String KEY_OWNER = "identity-pools";
    public static final String TAGS_CLAIM = "https://aws.amazon.com/tags";
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);
    private static final int MAX_TOKEN_LENGTH = 50_000;

    private final SigningKeyService keys;
    private final JwtSigner signer;
    private final PlatformConfig platform;
    private final Clock clock;

    public IdentityPoolTokens(SigningKeyService keys, JwtSigner signer, PlatformConfig platform, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code <public URL>/identity-pools}. */
    public String issuer() {
        return platform.baseUrl() + "/" + KEY_OWNER;
    }

    public JWKSet jwks() {
        return keys.jwks(KEY_OWNER);
    }

    /** Gives the issuer its first signing key at start, on a transaction of its own, if it has none. */
    void onStart(@Observes StartupEvent event) {
        keys.ensureSigningKey(KEY_OWNER);
    }

    /** A signed token for the identity, valid for {@code duration}. */
    public String issue(String poolId, String identityId, List<String> amr, Map<String, String> principalTags,
                        Duration duration) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer()).subject(identityId).audience(poolId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(duration)))
                .jwtID(UUID.randomUUID().toString())
                .claim("amr", amr);
        if (!principalTags.isEmpty()) {
            Map<String, List<String>> tags = new HashMap<>();
            principalTags.forEach((k, v) -> tags.put(k, List.of(v)));
            claims.claim(TAGS_CLAIM, Map.of("principal_tags", tags));
        }
        return signer.sign(KEY_OWNER, claims.build());
    }

    /**
     * The token's contents when it is an unexpired identity-pool token signed by a published key
     * (RS256 only, exact issuer, {@code typ} JWT); empty for anything else.
     */
    public Optional<IdentityPoolToken> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(keys.jwks(KEY_OWNER))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer()).build(), Set.of("sub", "aud", "exp", "iat", "amr"));
        claims.setMaxClockSkew(0);
        processor.setJWTClaimsSetVerifier(claims);
        try {
            JWTClaimsSet set = processor.process(token, null);
            if (set.getExpirationTime().toInstant().isBefore(clock.instant()) || set.getAudience().size() != 1) {
                return Optional.empty();
            }
            return Optional.of(new IdentityPoolToken(set.getSubject(), set.getAudience().get(0),
                    set.getStringListClaim("amr"), principalTags(set), set.getIssueTime().toInstant(),
                    set.getExpirationTime().toInstant()));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> principalTags(JWTClaimsSet set) throws ParseException {
        Map<String, Object> tags = set.getJSONObjectClaim(TAGS_CLAIM);
        Map<String, String> out = new HashMap<>();
        if (tags != null && tags.get("principal_tags") instanceof Map<?, ?> principal) {
            principal.forEach((k, v) -> {
                if (v instanceof List<?> values && values.size() == 1) {
                    out.put(String.valueOf(k), String.valueOf(values.get(0)));
                }
            });
        }
        return out;
    }
}
