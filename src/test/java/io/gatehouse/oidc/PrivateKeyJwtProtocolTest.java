package io.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Pages;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** private_key_jwt client authentication (RFC 7523 §2.2, §3) at the token endpoint. */
@GatehouseTest
class PrivateKeyJwtProtocolTest {

    private static final String POOL = "us-east-1_DemoPool1";
    private static final String ISSUER = "http://localhost:8080/" + POOL;
    private static final String TOKEN = "/" + POOL + "/oauth2/token";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static RSAKey rsa;
    private static ECKey ec;
    private static String clientId;

    /** Once per class, but after Quarkus has pointed RestAssured at the test port. */
    @BeforeEach
    void registerClient() throws JOSEException {
        if (clientId != null) {
            return;
        }
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        Map<String, Object> jwks = new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toJSONObject(true);
        clientId = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients", Map.of("name", "pkjwt",
                        "grantTypes", List.of("client_credentials"), "scopes", List.of("https://api.demo.local/read"),
                        "jwks", jwks))
                .then().statusCode(201).extract().path("clientId");
    }

    @Test
    void tokenWhenRsaAssertionValidThenAccessToken() throws Exception {
        Response r = token(sign(rsa, JWSAlgorithm.RS256, claims()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SignedJWT.parse(r.jsonPath().getString("access_token")).getJWTClaimsSet().getStringClaim("client_id"))
                .isEqualTo(clientId);
    }

    @Test
    void tokenWhenEcAssertionWithTokenEndpointAudienceThenAccessToken() throws Exception {
        String assertion = sign(ec, JWSAlgorithm.ES256, claims(c -> c.audience(ISSUER + "/oauth2/token")));
        assertThat(token(assertion).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenAssertionReplayedThenInvalidClient() throws Exception {
        String assertion = sign(rsa, JWSAlgorithm.RS256, claims());
        assertThat(token(assertion).statusCode()).isEqualTo(200);

        assertInvalidClient(token(assertion));
    }

    @Test
    void tokenWhenSignedByUnregisteredKeyThenInvalidClient() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        assertInvalidClient(token(sign(stranger, JWSAlgorithm.RS256, claims())));
    }

    @Test
    void tokenWhenExpiredThenInvalidClient() throws Exception {
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256,
                claims(c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5))))))));
    }

    @Test
    void tokenWhenLifetimeTooLongThenInvalidClient() throws Exception {
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256,
                claims(c -> c.expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))))));
    }

    @Test
    void tokenWhenAudienceIsAnotherServerThenInvalidClient() throws Exception {
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256, claims(c -> c.audience("https://elsewhere.example")))));
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256,
                claims(c -> c.audience("http://localhost:8080/us-east-1_OtherPool")))));
    }

    @Test
    void tokenWhenRequiredClaimMissingThenInvalidClient() throws Exception {
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256, claims(c -> c.jwtID(null)))));
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256, claims(c -> c.expirationTime(null)))));
        assertInvalidClient(token(sign(rsa, JWSAlgorithm.RS256, claims(c -> c.subject("someone-else")))));
    }

    @Test
    void tokenWhenUnsignedOrHmacAssertionThenInvalidClient() throws Exception {
        assertInvalidClient(token(new PlainJWT(claims()).serialize()));
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hmac.sign(new MACSigner(rsa.toRSAPublicKey().getModulus().toByteArray()));
        assertInvalidClient(token(hmac.serialize()));
    }

    @Test
    void tokenWhenWrongAssertionTypeOrGarbageThenInvalidClient() throws Exception {
        String assertion = sign(rsa, JWSAlgorithm.RS256, claims());
        assertInvalidClient(given().formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer")
                .formParam("client_assertion", assertion).post(TOKEN));
        assertInvalidClient(token("not-a-jwt"));
    }

    @Test
    void tokenWhenClientIdParameterDiffersThenInvalidClient() throws Exception {
        Response r = given().formParam("grant_type", "client_credentials").formParam("client_id", "demo-service")
                .formParam("client_assertion_type", JWT_BEARER)
                .formParam("client_assertion", sign(rsa, JWSAlgorithm.RS256, claims())).post(TOKEN);
        assertInvalidClient(r);
    }

    @Test
    void tokenWhenAssertionAndSecretBothSentThenInvalidRequest() throws Exception {
        Response r = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .formParam("grant_type", "client_credentials").formParam("client_assertion_type", JWT_BEARER)
                .formParam("client_assertion", sign(rsa, JWSAlgorithm.RS256, claims())).post(TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("error")).isEqualTo("invalid_request");
    }

    @Test
    void createClientWhenJwksHoldsPrivateKeyThenRejectedAndNothingCreated() {
        Map<String, Object> leaked = new JWKSet(rsa).toJSONObject(false);
        SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients", Map.of("name", "leaky-keys",
                        "grantTypes", List.of("client_credentials"), "scopes", List.of("https://api.demo.local/read"),
                        "jwks", leaked))
                .then().statusCode(400);
        assertThat(Pages.all(SignedRequests.root(), "/api/v1/user-pools/" + POOL + "/clients", "name"))
                .isNotEmpty().doesNotContain("leaky-keys");
    }

    @Test
    void discoveryWhenRequestedThenAdvertisesPrivateKeyJwt() {
        var doc = given().get("/" + POOL + "/.well-known/openid-configuration").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getList("token_endpoint_auth_methods_supported", String.class)).contains("private_key_jwt");
        assertThat(doc.getList("token_endpoint_auth_signing_alg_values_supported", String.class))
                .contains("RS256", "ES256").doesNotContain("HS256");
    }

    private static Response token(String assertion) {
        return given().formParam("grant_type", "client_credentials").formParam("client_assertion_type", JWT_BEARER)
                .formParam("client_assertion", assertion).post(TOKEN);
    }

    private static void assertInvalidClient(Response r) {
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.jsonPath().getString("error")).isEqualTo("invalid_client");
        assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    private static JWTClaimsSet claims() {
        return claims(UnaryOperator.identity());
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(ISSUER)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(120)))
                .jwtID(UUID.randomUUID().toString())).build();
    }

    private static String sign(com.nimbusds.jose.jwk.JWK key, JWSAlgorithm alg, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(key instanceof ECKey e ? new ECDSASigner(e) : new RSASSASigner((RSAKey) key));
        return jwt.serialize();
    }
}
