package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.token.JwtSigner;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token introspection (RFC 7662) by the confidential client demo-service: anything but an active
 * token of this pool is exactly {@code {"active":false}}.
 */
@GatehouseTest
class IntrospectionProtocolTest {

    static final String INTROSPECT = "/" + DEMO_POOL + "/oauth2/introspect";
    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String ISSUER = "http://localhost:8080/" + DEMO_POOL;
    static final Map<String, Object> INACTIVE = Map.of("active", false);

    @Inject
    JwtSigner signer;

    @Test
    void introspectWhenActiveAccessTokenOfAliceThenItsClaims() throws Exception {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, access);

        Map<String, Object> body = assertNoStoreJson(introspect(access, null)).getMap("");

        assertThat(body).containsEntry("active", true).containsEntry("token_use", "access")
                .containsEntry("token_type", "Bearer").containsEntry("scope", "openid email profile")
                .containsEntry("client_id", DEMO_WEB).containsEntry("username", ALICE)
                .containsEntry("sub", claims.getSubject()).containsEntry("iss", ISSUER)
                .containsEntry("jti", claims.getJWTID()).containsEntry("origin_jti", claims.getStringClaim("origin_jti"))
                .containsEntry("cognito:groups", List.of("admins"));
        assertThat(((Number) body.get("exp")).longValue()).isEqualTo(claims.getExpirationTime().getTime() / 1000);
        assertThat(((Number) body.get("iat")).longValue()).isEqualTo(claims.getIssueTime().getTime() / 1000);
    }

    @Test
    void introspectWhenActiveRefreshTokenThenFamilyClaims() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String sub = PoolJwks.claims((String) tokens.get("access_token")).getSubject();

        Map<String, Object> body = assertNoStoreJson(introspect((String) tokens.get("refresh_token"), "refresh_token"))
                .getMap("");

        assertThat(body).containsEntry("active", true).containsEntry("token_use", "refresh")
                .containsEntry("client_id", DEMO_WEB).containsEntry("sub", sub)
                .containsEntry("scope", "openid email profile");
        assertThat(((Number) body.get("exp")).longValue()).isGreaterThan(Instant.now().getEpochSecond());
    }

    @Test
    void introspectWhenRefreshTokenWithoutHintThenActive() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        assertThat(assertNoStoreJson(introspect(refreshToken, null)).getMap(""))
                .containsEntry("active", true).containsEntry("token_use", "refresh");
    }

    @Test
    void introspectWhenClientCredentialsTokenThenActiveForTheClient() {
        String access = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post(TOKEN)
                .then().statusCode(200).extract().path("access_token");

        Map<String, Object> body = assertNoStoreJson(introspect(access, "access_token")).getMap("");

        assertThat(body).containsEntry("active", true).containsEntry("client_id", "demo-service")
                .containsEntry("sub", "demo-service").doesNotContainKey("username");
    }

    @Test
    void introspectWhenAccessTokenRevokedThenExactlyInactive() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        given().contentType(ContentType.URLENC).formParam("token", access).formParam("client_id", DEMO_WEB)
                .post("/" + DEMO_POOL + "/oauth2/revoke").then().statusCode(200);

        assertThat(assertNoStoreJson(introspect(access, null)).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenRefreshTokenRotatedThenExactlyInactive() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).post(TOKEN)
                .then().statusCode(200);

        assertThat(assertNoStoreJson(introspect(refreshToken, "refresh_token")).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenFamilyRevokedThenRefreshTokenExactlyInactive() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        given().contentType(ContentType.URLENC).formParam("token", tokens.get("access_token"))
                .formParam("client_id", DEMO_WEB).post("/" + DEMO_POOL + "/oauth2/revoke").then().statusCode(200);

        assertThat(assertNoStoreJson(introspect((String) tokens.get("refresh_token"), null)).getMap(""))
                .isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenGarbageThenExactlyInactive() {
        assertThat(assertNoStoreJson(introspect("garbage", null)).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenForgedTokensThenExactlyInactive() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        for (String forged : List.of(ForgedTokens.unsigned(access), ForgedTokens.signedByOtherKey(access),
                ForgedTokens.tampered(access, Map.of("username", "bob")))) {
            assertThat(assertNoStoreJson(introspect(forged, null)).getMap("")).isEqualTo(INACTIVE);
        }
    }

    @Test
    void introspectWhenIdTokenThenExactlyInactive() {
        String id = (String) OidcFlows.demoWebTokens().get("id_token");

        assertThat(assertNoStoreJson(introspect(id, null)).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenExpiredAccessTokenThenExactlyInactive() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        JWTClaimsSet expired = new JWTClaimsSet.Builder(PoolJwks.claims(access))
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(300))).build();

        assertThat(assertNoStoreJson(introspect(signer.sign(DEMO_POOL, expired), null)).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenTokensOfAnotherPoolThenExactlyInactive() {
        String pool = PoolFixtures.createPool("introspect-other");
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, DEMO_CALLBACK);
        String user = PoolFixtures.createUser(pool, "erin", Map.of("email", "erin@example.com"));
        Map<String, Object> tokens = OidcFlows.exchange(OidcFlows.authorize(pool, web.clientId(), DEMO_CALLBACK,
                "openid", user, PoolFixtures.PASSWORD));

        assertThat(assertNoStoreJson(introspect((String) tokens.get("access_token"), null)).getMap(""))
                .isEqualTo(INACTIVE);
        assertThat(assertNoStoreJson(introspect((String) tokens.get("refresh_token"), "refresh_token")).getMap(""))
                .isEqualTo(INACTIVE);
    }

    /**
     * The verifier keeps converted keys by key id: a key already used for its own pool is still
     * not one of this pool's, even for claims naming this pool's issuer.
     */
    @Test
    void introspectWhenSignedByKeyOfAnotherPoolInUseThereThenExactlyInactiveHere() throws Exception {
        String pool = PoolFixtures.createPool("introspect-keys");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool,
                PoolFixtures.createResourceServer(pool, "https://api.keys.test", "read"));
        String access = given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/" + pool + "/oauth2/token").then().statusCode(200).extract().path("access_token");
        Map<String, Object> there = assertNoStoreJson(given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("token", access).post("/" + pool + "/oauth2/introspect"))
                .getMap("");
        String demoAccess = (String) OidcFlows.demoWebTokens().get("access_token");
        String signedThere = signer.sign(pool, PoolJwks.claims(demoAccess));

        Map<String, Object> here = assertNoStoreJson(introspect(signedThere, "access_token")).getMap("");

        assertThat(there).containsEntry("active", true).containsEntry("client_id", service.clientId());
        assertThat(PoolJwks.claims(signedThere).getIssuer()).isEqualTo(ISSUER);
        assertThat(here).isEqualTo(INACTIVE);
        assertThat(assertNoStoreJson(introspect(demoAccess, "access_token")).getMap("")).containsEntry("active", true);
    }

    /** UserInfo and the refresh grant refuse a disabled user's tokens; introspection should agree. */
    @Test
    void introspectWhenUserDisabledThenExactlyInactive() {
        String username = PoolFixtures.createUser(DEMO_POOL, "introspect-disabled", Map.of("email", "d@example.com"));
        Map<String, Object> tokens = OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD);
        PoolFixtures.disableUser(DEMO_POOL, username);

        assertThat(assertNoStoreJson(introspect((String) tokens.get("access_token"), null)).getMap(""))
                .isEqualTo(INACTIVE);
        assertThat(assertNoStoreJson(introspect((String) tokens.get("refresh_token"), "refresh_token")).getMap(""))
                .isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenPublicClientThen401InvalidClient() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = given().contentType(ContentType.URLENC).formParam("token", access)
                .formParam("client_id", DEMO_WEB).post(INTROSPECT);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.asString()).doesNotContain(ALICE);
    }

    @Test
    void introspectWhenNoClientAuthenticationThen401InvalidClient() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = given().contentType(ContentType.URLENC).formParam("token", access).post(INTROSPECT);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.asString()).doesNotContain(ALICE);
    }

    @Test
    void introspectWhenWrongSecretThen401InvalidClient() {
        Response response = given().auth().preemptive().basic("demo-service", "wrong").contentType(ContentType.URLENC)
                .formParam("token", "x").post(INTROSPECT);

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic ");
    }

    @Test
    void introspectWhenConfidentialClientOfAnotherPoolThen401InvalidClient() {
        String pool = PoolFixtures.createPool("introspect-client");
        List<String> scopes = PoolFixtures.createResourceServer(pool, "https://introspect.api.local", "read");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool, scopes);

        Response response = given().auth().preemptive().basic(service.clientId(), service.secret())
                .contentType(ContentType.URLENC).formParam("token", "x").post(INTROSPECT);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void introspectWhenTokenParameterMissingThenInvalidRequest() {
        Response response = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token_type_hint", "access_token").post(INTROSPECT);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void introspectWhenTokenOversizedThenInvalidRequest() {
        assertOAuthError(introspect("t".repeat(5000), null), 400, "invalid_request");
    }

    @Test
    void introspectWhenTokenLongButUnderTheParameterLimitThenInactive() {
        Response response = introspect("t".repeat(3000), null);

        assertThat(assertNoStoreJson(response).getMap("")).isEqualTo(INACTIVE);
    }

    @Test
    void introspectWhenTokenSentTwiceThenInvalidRequest() {
        Response response = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", "a").formParam("token", "b").post(INTROSPECT);

        assertOAuthError(response, 400, "invalid_request");
    }

    static Response introspect(String token, String hint) {
        var spec = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", token);
        if (hint != null) {
            spec = spec.formParam("token_type_hint", hint);
        }
        return spec.post(INTROSPECT);
    }
}
