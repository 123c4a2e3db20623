package io.gatehouse.oidc.clientauth;

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
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.ClientAssertionStore;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.userpool.AppClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * {@code private_key_jwt}: the client signs a short-lived JWT with a key whose public half it
 * registered ({@link AppClient#jwks()}). "The JWT MUST contain … iss … sub … aud … exp", iss and
 * sub are the client id, the audience names this authorization server, and each {@code jti} is
 * accepted once.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3</a>
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication">OIDC Core §9</a>
 */
@ApplicationScoped
public class PrivateKeyJwt implements ClientAuthMethod {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Asymmetric algorithms only: an HMAC-signed assertion would need a shared secret. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    /** Longer-lived assertions are refused, which also bounds how long a jti must be remembered. */
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final String FAILED = "Client authentication failed";

    private final ClientSecretVerifier clients;
    private final ClientAssertionStore assertions;
    private final Issuer issuer;
    private final Clock clock;

    public PrivateKeyJwt(ClientSecretVerifier clients, ClientAssertionStore assertions, Issuer issuer, Clock clock) {
        this.clients = clients;
        this.assertions = assertions;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "private_key_jwt";
    }

    @Override
    public boolean appliesTo(ClientCredentials credentials) {
        return credentials.hasAssertion();
    }

    @Override
    public AppClient authenticate(ClientCredentials credentials, String poolId) {
        if (!JWT_BEARER.equals(credentials.clientAssertionType()) || credentials.clientAssertion() == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "client_assertion_type must be " + JWT_BEARER);
        }
        String clientId = claimedClient(credentials.clientAssertion());
        if (credentials.clientId() != null && !credentials.clientId().equals(clientId)) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
        }
        AppClient client = clients.publicOrConfidential(poolId, clientId);
        if (client.jwks() == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
        }
        JWTClaimsSet claims = verify(credentials.clientAssertion(), client, poolId);
        requireShortLived(claims);
        requireUnusedJti(claims, clientId);
        return client;
    }

    /** The unverified issuer, only to find whose keys to verify with. */
    private static String claimedClient(String assertion) {
        try {
            String iss = JWTParser.parse(assertion).getJWTClaimsSet().getIssuer();
            if (iss == null) {
                throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
            }
            return iss;
        } catch (ParseException e) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed client_assertion");
        }
    }

    private JWTClaimsSet verify(String assertion, AppClient client, String poolId) {
        String base = issuer.of(poolId);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        try {
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS,
                    new ImmutableJWKSet<>(JWKSet.parse(client.jwks()))));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    Set.of(base, base + "/oauth2/token", base + "/oauth2/revoke", base + "/oauth2/introspect"),
                    new JWTClaimsSet.Builder().issuer(client.clientId()).subject(client.clientId()).build(),
                    Set.of("exp", "jti"), null));
            return processor.process(assertion, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
        }
    }

    private void requireShortLived(JWTClaimsSet claims) {
        if (claims.getExpirationTime().toInstant().isAfter(clock.instant().plus(MAX_LIFETIME))) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "client_assertion must expire within 10 minutes");
        }
    }

    private void requireUnusedJti(JWTClaimsSet claims, String clientId) {
        Instant expiresAt = claims.getExpirationTime().toInstant();
        String jtiHash = SecretDigest.sha256Hex(clientId + "\n" + claims.getJWTID());
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> assertions.recordOnce(jtiHash, clientId, expiresAt));
        if (!fresh) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "client_assertion was already used");
        }
    }
}
