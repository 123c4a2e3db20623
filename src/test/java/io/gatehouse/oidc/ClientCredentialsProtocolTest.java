package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client credentials grant (RFC 6749 §4.4) at the token endpoint, end to end over HTTP. */
@GatehouseTest
class ClientCredentialsProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String ISSUER = "http://localhost:8080/" + DEMO_POOL;
    static final String SERVICE = "demo-service";
    static final String SECRET = "demo-service-secret";
    static final String READ = "https://api.demo.local/read";
    static final String WRITE = "https://api.demo.local/write";

    @Test
    void tokenWhenClientSecretBasicThenAccessTokenForTheClientSignedByPoolKey() throws ParseException {
        Instant before = Instant.now().minusSeconds(5);

        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        JsonPath body = assertNoStoreJson(response);
        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        assertThat(body.getLong("expires_in")).isEqualTo(3600);
        assertThat(body.getMap("")).doesNotContainKeys("refresh_token", "id_token");
        String token = body.getString("access_token");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(PoolJwks.fetch(DEMO_POOL).getKeyByKeyId(jwt.getHeader().getKeyID())).isNotNull();
        JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, token);
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(SERVICE);
        assertThat(claims.getSubject()).isEqualTo(SERVICE);
        assertThat(claims.getStringClaim("scope").split(" ")).containsExactlyInAnyOrder(READ, WRITE);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(3600));
        assertThat(claims.getClaims()).doesNotContainKeys("username", "origin_jti", "cognito:groups", "aud");
    }

    @Test
    void tokenWhenNoScopeRequestedThenResponseNamesTheGrantedScope() {
        JsonPath body = assertNoStoreJson(given().auth().preemptive().basic(SERVICE, SECRET)
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(TOKEN));

        // RFC 6749 §5.1: scope is REQUIRED in the response when it differs from the (absent) requested scope.
        assertThat(body.getString("scope").split(" ")).containsExactlyInAnyOrder(READ, WRITE);
    }

    @Test
    void tokenWhenClientSecretPostThenAccessToken() throws ParseException {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", SERVICE).formParam("client_secret", SECRET).post(TOKEN);

        JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, assertNoStoreJson(response).getString("access_token"));
        assertThat(claims.getStringClaim("client_id")).isEqualTo(SERVICE);
        assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    }

    @Test
    void tokenWhenSubsetScopeRequestedThenOnlyThatScopeGranted() throws ParseException {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", READ).post(TOKEN);

        JsonPath body = assertNoStoreJson(response);
        JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, body.getString("access_token"));
        assertThat(claims.getStringClaim("scope")).isEqualTo(READ);
    }

    @Test
    void tokenWhenUnknownScopeThenInvalidScope() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", READ + " https://api.demo.local/admin")
                .post(TOKEN);

        assertOAuthError(response, 400, "invalid_scope");
    }

    @Test
    void tokenWhenOidcScopeRequestedByServiceThenInvalidScope() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", "openid").post(TOKEN);

        assertOAuthError(response, 400, "invalid_scope");
    }

    @Test
    void tokenWhenScopeOfAnotherResourceServerOfSamePoolNotAssignedThenInvalidScope() {
        String pool = PoolFixtures.createPool("cc-scopes");
        List<String> mine = PoolFixtures.createResourceServer(pool, "https://mine.api.local", "read");
        List<String> other = PoolFixtures.createResourceServer(pool, "https://other.api.local", "read");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool, mine);

        Response response = given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("scope", other.get(0)).post("/" + pool + "/oauth2/token");

        assertOAuthError(response, 400, "invalid_scope");
    }

    /**
     * demo-web is public, so it is identified by client_id alone (method "none") and then refused by
     * the grant with unauthorized_client. That is right per RFC 6749 §4.4 ("MUST only be used by
     * confidential clients") and §5.2 ("not authorized to use this authorization grant type").
     */
    @Test
    void tokenWhenPublicClientThenUnauthorizedClient() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", DEMO_WEB).post(TOKEN);

        assertOAuthError(response, 400, "unauthorized_client");
    }

    @Test
    void tokenWhenConfidentialClientWithoutClientCredentialsGrantThenUnauthorizedClient() {
        PoolFixtures.Client web = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);

        Response response = given().auth().preemptive().basic(web.clientId(), web.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 400, "unauthorized_client");
    }

    /** The node-local memo of verified secrets must not outlive a secret change. */
    @Test
    void tokenWhenSecretRegeneratedThenOldSecretRejectedAndNewAccepted() {
        String pool = PoolFixtures.createPool("cc-rotate");
        List<String> scopes = PoolFixtures.createResourceServer(pool, "https://rotate.api.local", "read");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool, scopes);
        String token = "/" + pool + "/oauth2/token";
        assertNoStoreJson(given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(token));

        String newSecret = SignedRequests.root()
                .post("/api/v1/user-pools/" + pool + "/clients/" + service.clientId() + "/secret", null)
                .then().statusCode(200).extract().path("clientSecret");

        assertOAuthError(given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(token), 401,
                "invalid_client");
        assertNoStoreJson(given().auth().preemptive().basic(service.clientId(), newSecret)
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(token));
    }

    @Test
    void tokenWhenServiceClientOfAnotherPoolThenInvalidClientHereButTokenThere() throws ParseException {
        String pool = PoolFixtures.createPool("cc-other");
        List<String> scopes = PoolFixtures.createResourceServer(pool, "https://other.api.local", "read");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool, scopes);

        Response here = given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(TOKEN);
        Response there = given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/" + pool + "/oauth2/token");

        assertOAuthError(here, 401, "invalid_client");
        JWTClaimsSet claims = PoolJwks.verify(pool, assertNoStoreJson(there).getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/" + pool);
        assertThat(claims.getStringClaim("scope")).isEqualTo(scopes.get(0));
    }
}
