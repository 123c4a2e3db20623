package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Token revocation (RFC 7009): a refresh or access token revokes its whole token family. */
@GatehouseTest
class RevocationProtocolTest {

    static final String REVOKE = "/" + DEMO_POOL + "/oauth2/revoke";
    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";
    static final String INTROSPECT = "/" + DEMO_POOL + "/oauth2/introspect";

    @Test
    void revokeWhenRefreshTokenThenFamilyRevoked() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = (String) tokens.get("access_token");
        String refreshToken = (String) tokens.get("refresh_token");

        Response response = revokeAsDemoWeb(refreshToken, "refresh_token");

        assertThat(assertNoStoreJson(response).getMap("")).isEmpty();
        assertOAuthError(refresh(refreshToken), 400, "invalid_grant");
        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
    }

    @Test
    void revokeWhenRefreshTokenWithoutHintThenFamilyRevoked() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();

        assertNoStoreJson(revokeAsDemoWeb((String) tokens.get("refresh_token"), null));

        assertOAuthError(refresh((String) tokens.get("refresh_token")), 400, "invalid_grant");
    }

    @Test
    void revokeWhenAccessTokenThenFamilyRevoked() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = (String) tokens.get("access_token");

        Response response = revokeAsDemoWeb(access, "access_token");

        assertThat(assertNoStoreJson(response).getMap("")).isEmpty();
        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
        assertOAuthError(refresh((String) tokens.get("refresh_token")), 400, "invalid_grant");
    }

    /** RFC 7009 §2.1: the hint is only a hint; a wrong one still finds the token. */
    @Test
    void revokeWhenAccessTokenWithRefreshHintThenStillRevoked() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        assertNoStoreJson(revokeAsDemoWeb(access, "refresh_token"));

        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
    }

    @Test
    void revokeWhenRevokedTwiceThen200Again() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");
        assertNoStoreJson(revokeAsDemoWeb(refreshToken, null));

        assertThat(assertNoStoreJson(revokeAsDemoWeb(refreshToken, null)).getMap("")).isEmpty();
    }

    /** RFC 7009 §2.2: "invalid tokens do not cause an error response". */
    @Test
    void revokeWhenUnknownTokenThen200() {
        assertThat(assertNoStoreJson(revokeAsDemoWeb("no-such-token", null)).getMap("")).isEmpty();
    }

    @Test
    void revokeWhenForgedAccessTokenThen200AndRealTokenUnaffected() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        assertNoStoreJson(revokeAsDemoWeb(ForgedTokens.signedByOtherKey(access), "access_token"));

        given().auth().oauth2(access).get(USERINFO).then().statusCode(200);
    }

    /**
     * RFC 7009 §2.1: a token of another client is refused. Gatehouse answers 400 unauthorized_client,
     * and the token stays valid.
     */
    @Test
    void revokeWhenTokenOfAnotherClientThenUnauthorizedClientAndTokenStillValid() {
        PoolFixtures.Client other = PoolFixtures.publicCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Map<String, Object> tokens = OidcFlows.demoWebTokens();

        Response response = given().contentType(ContentType.URLENC).formParam("token", tokens.get("refresh_token"))
                .formParam("client_id", other.clientId()).post(REVOKE);

        assertOAuthError(response, 400, "unauthorized_client");
        given().auth().oauth2((String) tokens.get("access_token")).get(USERINFO).then().statusCode(200);
        assertNoStoreJson(refresh((String) tokens.get("refresh_token")));
    }

    @Test
    void revokeWhenAccessTokenOfAnotherClientByConfidentialClientThenUnauthorizedClient() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();

        Response response = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", tokens.get("access_token")).post(REVOKE);

        assertOAuthError(response, 400, "unauthorized_client");
        given().auth().oauth2((String) tokens.get("access_token")).get(USERINFO).then().statusCode(200);
    }

    @Test
    void revokeWhenTokenParameterMissingThenInvalidRequest() {
        Response response = given().contentType(ContentType.URLENC).formParam("client_id", DEMO_WEB).post(REVOKE);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void revokeWhenTokenParameterDuplicatedThenInvalidRequest() {
        Response response = given().contentType(ContentType.URLENC).formParam("token", "a").formParam("token", "b")
                .formParam("client_id", DEMO_WEB).post(REVOKE);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void revokeWhenNoClientIdentificationThen401InvalidClient() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        Response response = given().contentType(ContentType.URLENC).formParam("token", refreshToken).post(REVOKE);

        assertOAuthError(response, 401, "invalid_client");
        assertNoStoreJson(refresh(refreshToken));
    }

    @Test
    void revokeWhenConfidentialClientWrongSecretThen401InvalidClient() {
        Response response = given().auth().preemptive().basic("demo-service", "wrong").contentType(ContentType.URLENC)
                .formParam("token", "whatever").post(REVOKE);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic ");
    }

    /**
     * client_credentials tokens have no token family and cannot be revoked: RFC 7009 §2.2.1
     * {@code unsupported_token_type}; the token stays active until it expires.
     */
    @Test
    void revokeWhenClientCredentialsTokenThenUnsupportedTokenTypeAndTokenStaysActive() {
        String access = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(TOKEN)
                .then().statusCode(200).extract().path("access_token");

        Response response = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", access).post(REVOKE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("unsupported_token_type");
        assertThat(given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", access).post(INTROSPECT)
                .then().statusCode(200).extract().jsonPath().getBoolean("active")).isTrue();
    }

    static Response revokeAsDemoWeb(String token, String hint) {
        var spec = given().contentType(ContentType.URLENC).formParam("token", token).formParam("client_id", DEMO_WEB);
        if (hint != null) {
            spec = spec.formParam("token_type_hint", hint);
        }
        return spec.post(REVOKE);
    }

    static Response refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).post(TOKEN);
    }
}
