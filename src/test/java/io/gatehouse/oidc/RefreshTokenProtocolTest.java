package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.text.ParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The refresh token grant with rotation and reuse detection (RFC 6749 §6, RFC 9700 §4.14.2,
 * OIDC Core §12.2), for alice's tokens of demo-web.
 */
@GatehouseTest
class RefreshTokenProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";

    @Test
    void refreshWhenValidThenNewTokensOfSameFamilyAndRotatedRefreshToken() throws ParseException {
        Map<String, Object> first = OidcFlows.demoWebTokens();
        String oldRefresh = (String) first.get("refresh_token");

        JsonPath second = assertNoStoreJson(refresh(oldRefresh));

        assertThat(second.getString("token_type")).isEqualTo("Bearer");
        assertThat(second.getString("scope")).isEqualTo("openid email profile");
        assertThat(second.getString("refresh_token")).isNotBlank().isNotEqualTo(oldRefresh);
        JWTClaimsSet oldAccess = PoolJwks.verify(DEMO_POOL, (String) first.get("access_token"));
        JWTClaimsSet newAccess = PoolJwks.verify(DEMO_POOL, second.getString("access_token"));
        assertThat(newAccess.getJWTID()).isNotEqualTo(oldAccess.getJWTID());
        assertThat(newAccess.getStringClaim("origin_jti")).isEqualTo(oldAccess.getStringClaim("origin_jti"));
        assertThat(newAccess.getSubject()).isEqualTo(oldAccess.getSubject());
    }

    /** OIDC Core §12.2: same iss, sub, aud; auth_time of the original authentication; new iat. */
    @Test
    void refreshWhenOpenidGrantedThenNewIdTokenKeepsAuthTime() throws ParseException {
        Map<String, Object> first = OidcFlows.demoWebTokens();
        JWTClaimsSet oldId = PoolJwks.verify(DEMO_POOL, (String) first.get("id_token"));

        JWTClaimsSet newId = PoolJwks.verify(DEMO_POOL,
                assertNoStoreJson(refresh((String) first.get("refresh_token"))).getString("id_token"));

        assertThat(newId.getIssuer()).isEqualTo(oldId.getIssuer());
        assertThat(newId.getSubject()).isEqualTo(oldId.getSubject());
        assertThat(newId.getAudience()).isEqualTo(oldId.getAudience());
        assertThat(newId.getLongClaim("auth_time")).isEqualTo(oldId.getLongClaim("auth_time"));
        assertThat(newId.getStringClaim("token_use")).isEqualTo("id");
        assertThat(newId.getClaim("nonce")).isIn(null, oldId.getStringClaim("nonce"));
    }

    @Test
    void refreshWhenRotatedTokenPresentedAgainThenInvalidGrant() {
        String oldRefresh = (String) OidcFlows.demoWebTokens().get("refresh_token");
        assertNoStoreJson(refresh(oldRefresh));

        assertOAuthError(refresh(oldRefresh), 400, "invalid_grant");
    }

    @Test
    void refreshWhenRotatedTokenReusedThenWholeFamilyRevoked() {
        String r1 = (String) OidcFlows.demoWebTokens().get("refresh_token");
        JsonPath second = assertNoStoreJson(refresh(r1));
        String r2 = second.getString("refresh_token");
        String access2 = second.getString("access_token");
        given().auth().oauth2(access2).get(USERINFO).then().statusCode(200);

        assertOAuthError(refresh(r1), 400, "invalid_grant");

        assertOAuthError(refresh(r2), 400, "invalid_grant");
        assertOAuthError(given().auth().oauth2(access2).get(USERINFO), 401, "invalid_token");
    }

    @Test
    void refreshWhenNarrowerScopeThenTokensWithThatScope() throws ParseException {
        String r1 = (String) OidcFlows.demoWebTokens().get("refresh_token");

        JsonPath narrowed = assertNoStoreJson(refresh(given(), r1, Map.of("scope", "openid email")));

        assertThat(narrowed.getString("scope")).isEqualTo("openid email");
        assertThat(PoolJwks.verify(DEMO_POOL, narrowed.getString("access_token")).getStringClaim("scope"))
                .isEqualTo("openid email");
    }

    /** RFC 6749 §6: the new refresh token keeps the scope of the original grant, not the narrowed one. */
    @Test
    void refreshWhenNarrowedOnceThenNextRefreshMayAskForOriginalScope() throws ParseException {
        String r1 = (String) OidcFlows.demoWebTokens().get("refresh_token");
        String r2 = assertNoStoreJson(refresh(given(), r1, Map.of("scope", "openid"))).getString("refresh_token");

        JsonPath third = assertNoStoreJson(refresh(given(), r2, Map.of("scope", "openid email profile")));

        assertThat(PoolJwks.verify(DEMO_POOL, third.getString("access_token")).getStringClaim("scope"))
                .isEqualTo("openid email profile");
    }

    @Test
    void refreshWhenWiderScopeThenInvalidScopeAndTokenNotSpent() {
        String refreshToken = (String) OidcFlows.exchange(OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK,
                "openid email", OidcFlows.ALICE, OidcFlows.ALICE_PASSWORD)).get("refresh_token");

        assertOAuthError(refresh(given(), refreshToken, Map.of("scope", "openid email profile")), 400, "invalid_scope");

        assertThat(assertNoStoreJson(refresh(refreshToken)).getString("scope")).isEqualTo("openid email");
    }

    @Test
    void refreshWhenScopeNeverAllowedForClientThenInvalidScope() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        assertOAuthError(refresh(given(), refreshToken, Map.of("scope", "openid https://api.demo.local/read")), 400,
                "invalid_scope");
    }

    @Test
    void refreshWhenPresentedByAnotherClientThenInvalidGrantAndOwnerCanStillUseIt() {
        PoolFixtures.Client thief = PoolFixtures.publicCodeClient(DEMO_POOL, DEMO_CALLBACK);
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        Response stolen = given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", thief.clientId()).post(TOKEN);

        assertOAuthError(stolen, 400, "invalid_grant");
        assertThat(assertNoStoreJson(refresh(refreshToken)).getString("access_token")).isNotBlank();
    }

    @Test
    void refreshWhenPresentedByConfidentialClientOfPoolThenInvalidGrantAndOwnerCanStillUseIt() {
        PoolFixtures.Client thief = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        Response stolen = given().auth().preemptive().basic(thief.clientId(), thief.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).post(TOKEN);

        assertOAuthError(stolen, 400, "invalid_grant");
        assertThat(assertNoStoreJson(refresh(refreshToken)).getString("access_token")).isNotBlank();
    }

    @Test
    void refreshWhenClientNotAllowedRefreshGrantThenUnauthorizedClient() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");

        Response response = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).post(TOKEN);

        assertOAuthError(response, 400, "unauthorized_client");
    }

    @Test
    void refreshWhenGarbageTokenThenInvalidGrant() {
        assertOAuthError(refresh("garbage-refresh-token"), 400, "invalid_grant");
    }

    @Test
    void refreshWhenAccessTokenPresentedAsRefreshTokenThenInvalidGrant() {
        String accessToken = (String) OidcFlows.demoWebTokens().get("access_token");

        assertOAuthError(refresh(accessToken), 400, "invalid_grant");
    }

    @Test
    void refreshWhenRefreshTokenMissingThenInvalidRequest() {
        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("client_id", DEMO_WEB).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void refreshWhenRefreshTokenOversizedThenInvalidRequest() {
        assertOAuthError(refresh("r".repeat(5000)), 400, "invalid_request");
    }

    @Test
    void refreshWhenUserDisabledThenInvalidGrant() {
        String username = PoolFixtures.createUser(DEMO_POOL, "refresh-disabled",
                Map.of("email", "disabled@example.com"));
        String refreshToken = (String) OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD).get("refresh_token");
        PoolFixtures.disableUser(DEMO_POOL, username);

        assertOAuthError(refresh(refreshToken), 400, "invalid_grant");
    }

    static Response refresh(String refreshToken) {
        return refresh(given(), refreshToken, Map.of());
    }

    static Response refresh(RequestSpecification spec, String refreshToken, Map<String, String> extra) {
        return spec.contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).formParams(extra)
                .post(TOKEN);
    }
}
