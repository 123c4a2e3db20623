package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token endpoint's request parsing and client authentication (RFC 6749 §2.3, §3.2, §5.2),
 * shown with the client credentials grant of demo-service.
 */
@GatehouseTest
class TokenEndpointProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String SERVICE = "demo-service";
    static final String SECRET = "demo-service-secret";

    @Test
    void tokenWhenWrongSecretBasicThen401InvalidClientWithBasicChallenge() {
        Response response = given().auth().preemptive().basic(SERVICE, "wrong-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic ");
    }

    @Test
    void tokenWhenWrongSecretPostThen401InvalidClient() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", SERVICE).formParam("client_secret", "wrong-secret").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenUnknownClientThen401InvalidClient() {
        Response response = given().auth().preemptive().basic("no-such-client", SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic ");
    }

    @Test
    void tokenWhenUnknownClientAndWrongSecretThenSameDescription() {
        Response unknown = given().auth().preemptive().basic("no-such-client", SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);
        Response wrong = given().auth().preemptive().basic(SERVICE, "wrong-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertThat(unknown.jsonPath().getMap("")).isEqualTo(wrong.jsonPath().getMap(""));
    }

    @Test
    void tokenWhenNoClientAuthenticationThen401InvalidClient() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenBasicHeaderNotBase64ThenInvalidClient() {
        Response response = given().header("Authorization", "Basic !!!not-base64!!!").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenBasicHeaderWithoutColonThenInvalidClient() {
        String credentials = Base64.getEncoder().encodeToString(SERVICE.getBytes(StandardCharsets.UTF_8));

        Response response = given().header("Authorization", "Basic " + credentials).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    /** RFC 6749 §2.3.1: Basic credentials are form-urlencoded; a malformed escape is bad credentials, not a crash. */
    @Test
    void tokenWhenBasicCredentialsHaveMalformedPercentEscapeThenInvalidClient() {
        String credentials = Base64.getEncoder().encodeToString((SERVICE + ":%zz").getBytes(StandardCharsets.UTF_8));

        Response response = given().header("Authorization", "Basic " + credentials).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenBasicCredentialsFormEncodedThenDecodedBeforeCheck() {
        String credentials = Base64.getEncoder().encodeToString(
                "demo%2Dservice:demo%2Dservice%2Dsecret".getBytes(StandardCharsets.UTF_8));

        Response response = given().header("Authorization", "Basic " + credentials).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertThat(assertNoStoreJson(response).getString("access_token")).isNotBlank();
    }

    @Test
    void tokenWhenBasicAndPostBothUsedThenInvalidRequest() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", SERVICE)
                .formParam("client_secret", SECRET).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenBasicAndDifferentClientIdInBodyThenInvalidRequest() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", DEMO_WEB).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenBasicAndSameClientIdInBodyThenAccepted() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", SERVICE).post(TOKEN);

        assertThat(assertNoStoreJson(response).getString("access_token")).isNotBlank();
    }

    @Test
    void tokenWhenConfidentialClientSendsOnlyClientIdThenInvalidClient() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", SERVICE).post(TOKEN);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenGrantTypeMissingThenInvalidRequest() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("scope", "https://api.demo.local/read").post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenGrantTypeEmptyThenInvalidRequest() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "").post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "urn:ietf:params:oauth:grant-type:device_code", "implicit",
            "urn:ietf:params:oauth:grant-type:jwt-bearer", "CLIENT_CREDENTIALS"})
    void tokenWhenUnsupportedGrantTypeThenUnsupportedGrantType(String grantType) {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", grantType).formParam("username", "alice").formParam("password", "x")
                .post(TOKEN);

        assertOAuthError(response, 400, "unsupported_grant_type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant_type", "scope", "client_id"})
    void tokenWhenParameterDuplicatedThenInvalidRequest(String name) {
        Map<String, String> single = Map.of("grant_type", "client_credentials", "scope", "https://api.demo.local/read",
                "client_id", SERVICE);

        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParams(single).formParam(name, single.get(name)).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenParameterOversizedThenInvalidRequest() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", "a".repeat(5000)).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenOversizedClientSecretThenInvalidRequestNotAHashingCost() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", SERVICE).formParam("client_secret", "s".repeat(5000)).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant_type=%zz", "grant_type=client_credentials&scope=%", "grant_type=client_credentials&%E2%8=x"})
    void tokenWhenFormPercentEncodingMalformedThen400InvalidRequestWithoutToken(String body) {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET)
                .contentType("application/x-www-form-urlencoded").body(body).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
        assertThat(response.jsonPath().getString("error_description")).isEqualTo("The form body is not valid percent-encoding");
        assertThat(response.asString()).doesNotContain("access_token");
    }

    /** The endpoint only consumes application/x-www-form-urlencoded (RFC 6749 §3.2); JSON is refused with 415. */
    @Test
    void tokenWhenJsonBodyThen415() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\"}").post(TOKEN);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.asString()).doesNotContain("access_token");
    }

    /** RFC 6749 §3.2 "MUST use HTTP POST". Quarkus REST answers 404 here (another resource owns /{poolId}), not 405. */
    @Test
    void tokenWhenGetThenRefusedWithoutToken() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET)
                .queryParam("grant_type", "client_credentials").get(TOKEN);

        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(response.asString()).doesNotContain("access_token");
    }

    @Test
    void tokenWhenUnknownPoolThen404() {
        Response response = given().auth().preemptive().basic(SERVICE, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/us-east-1_NoSuchPool9/oauth2/token");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.asString()).doesNotContain("access_token");
    }
}
