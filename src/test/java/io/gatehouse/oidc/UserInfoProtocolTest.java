package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.oidc.token.JwtSigner;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The UserInfo endpoint (OIDC Core §5.3) and its bearer token checks (RFC 6750 §2, §3): every
 * forged, foreign, expired or wrong-use token is 401 invalid_token with a Bearer challenge.
 */
@GatehouseTest
class UserInfoProtocolTest {

    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";

    @Inject
    JwtSigner signer;

    @Test
    void userInfoWhenGetWithBearerThenAliceClaims() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String sub = PoolJwks.claims((String) tokens.get("id_token")).getSubject();

        Response response = given().auth().oauth2((String) tokens.get("access_token")).get(USERINFO);

        assertThat(assertNoStoreJson(response).getMap("")).isEqualTo(Map.of("sub", sub, "email", "alice@example.com",
                "email_verified", true, "username", ALICE));
    }

    @Test
    void userInfoWhenPostWithFormAccessTokenThenSameClaims() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = (String) tokens.get("access_token");
        Map<String, Object> viaGet = given().auth().oauth2(access).get(USERINFO).then().statusCode(200)
                .extract().jsonPath().getMap("");

        Response response = given().contentType(ContentType.URLENC).formParam("access_token", access).post(USERINFO);

        assertThat(assertNoStoreJson(response).getMap("")).isEqualTo(viaGet).containsEntry("email_verified", true);
    }

    @Test
    void userInfoWhenPostWithBearerHeaderThenClaims() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = given().auth().oauth2(access).contentType(ContentType.URLENC).post(USERINFO);

        assertThat(assertNoStoreJson(response).getString("username")).isEqualTo(ALICE);
    }

    @Test
    void userInfoWhenTokenInHeaderAndFormThenInvalidRequest() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = given().auth().oauth2(access).contentType(ContentType.URLENC)
                .formParam("access_token", access).post(USERINFO);

        assertOAuthError(response, 400, "invalid_request");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer ");
    }

    /**
     * 401 with a Bearer challenge. Note: the challenge carries error="invalid_token", although
     * RFC 6750 §3.1 says a request without any authentication "SHOULD NOT include an error code".
     */
    @Test
    void userInfoWhenNoTokenThen401WithBearerChallenge() {
        Response response = given().get(USERINFO);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.asString()).doesNotContain("\"sub\"");
    }

    @Test
    void userInfoWhenBasicSchemeInsteadOfBearerThen401() {
        Response response = given().auth().preemptive().basic("alice", "Alice-Passw0rd!").get(USERINFO);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void userInfoWhenGarbageTokenThenInvalidToken() {
        assertInvalidToken(given().auth().oauth2("not.a.jwt").get(USERINFO));
    }

    @Test
    void userInfoWhenAlgNoneThenInvalidToken() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        assertInvalidToken(given().auth().oauth2(ForgedTokens.unsigned(access)).get(USERINFO));
    }

    @Test
    void userInfoWhenPayloadTamperedThenInvalidToken() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        String tampered = ForgedTokens.tampered(access, Map.of("username", "bob", "scope", "openid email profile phone"));

        assertInvalidToken(given().auth().oauth2(tampered).get(USERINFO));
    }

    @Test
    void userInfoWhenSignedByOtherKeyWithSameKidThenInvalidToken() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        assertInvalidToken(given().auth().oauth2(ForgedTokens.signedByOtherKey(access)).get(USERINFO));
    }

    @Test
    void userInfoWhenHs256KeyedWithPublicModulusThenInvalidToken() throws ParseException {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        RSAKey published = PoolJwks.keyOf(DEMO_POOL, SignedJWT.parse(access));

        String forged = ForgedTokens.hmacWithPublicKey(access, published.getModulus().decode());

        assertInvalidToken(given().auth().oauth2(forged).get(USERINFO));
    }

    @Test
    void userInfoWhenHs256KeyedWithPublicJwkJsonThenInvalidToken() throws ParseException {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        RSAKey published = PoolJwks.keyOf(DEMO_POOL, SignedJWT.parse(access));

        String forged = ForgedTokens.hmacWithPublicKey(access,
                published.toJSONString().getBytes(StandardCharsets.UTF_8));

        assertInvalidToken(given().auth().oauth2(forged).get(USERINFO));
    }

    @Test
    void userInfoWhenIdTokenPresentedThenInvalidToken() {
        String id = (String) OidcFlows.demoWebTokens().get("id_token");

        assertInvalidToken(given().auth().oauth2(id).get(USERINFO));
    }

    /** A client_credentials token has no user: 401 invalid_token (no token family, so it is not a user token). */
    @Test
    void userInfoWhenClientCredentialsTokenThenInvalidToken() {
        String access = given().auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/" + DEMO_POOL + "/oauth2/token").then().statusCode(200).extract().path("access_token");

        assertInvalidToken(given().auth().oauth2(access).get(USERINFO));
    }

    @Test
    void userInfoWhenTokenOfAnotherPoolThenInvalidTokenHereButClaimsThere() {
        String pool = PoolFixtures.createPool("userinfo-other");
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, DEMO_CALLBACK);
        String user = PoolFixtures.createUser(pool, "dora", Map.of("email", "dora@example.com"));
        String access = (String) OidcFlows.exchange(OidcFlows.authorize(pool, web.clientId(), DEMO_CALLBACK,
                "openid email", user, PoolFixtures.PASSWORD)).get("access_token");

        Response here = given().auth().oauth2(access).get(USERINFO);
        Response there = given().auth().oauth2(access).get("/" + pool + "/oauth2/userInfo");

        assertInvalidToken(here);
        assertThat(assertNoStoreJson(there).getString("username")).isEqualTo(user);
    }

    /** Signed with the pool's real key by the server's own signer, so only the expiry is wrong. */
    @Test
    void userInfoWhenAccessTokenExpiredThenInvalidToken() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        String expired = resign(access, Instant.now().minusSeconds(300), Instant.now().minusSeconds(120));

        assertInvalidToken(given().auth().oauth2(expired).get(USERINFO));
    }

    /** Positive control of the test above: the same re-signing with a future expiry is accepted. */
    @Test
    void userInfoWhenAccessTokenResignedUnexpiredThenClaims() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        String fresh = resign(access, Instant.now(), Instant.now().plusSeconds(300));

        assertThat(assertNoStoreJson(given().auth().oauth2(fresh).get(USERINFO)).getString("username")).isEqualTo(ALICE);
    }

    @Test
    void userInfoWhenIssuerOfAnotherPoolSignedWithThisPoolKeyThenInvalidToken() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");
        JWTClaimsSet claims = new JWTClaimsSet.Builder(PoolJwks.claims(access))
                .issuer("http://localhost:8080/us-east-1_Elsewhere1").build();

        assertInvalidToken(given().auth().oauth2(signer.sign(DEMO_POOL, claims)).get(USERINFO));
    }

    @Test
    void userInfoWhenScopeLacksOpenidThen403InsufficientScope() {
        String refreshToken = (String) OidcFlows.demoWebTokens().get("refresh_token");
        String access = given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).formParam("scope", "email")
                .post("/" + DEMO_POOL + "/oauth2/token").then().statusCode(200).extract().path("access_token");

        Response response = given().auth().oauth2(access).get(USERINFO);

        assertOAuthError(response, 403, "insufficient_scope");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer ").contains("insufficient_scope");
    }

    @Test
    void userInfoWhenUserDisabledThenInvalidToken() {
        String username = PoolFixtures.createUser(DEMO_POOL, "userinfo-disabled", Map.of("email", "x@example.com"));
        String access = (String) OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD).get("access_token");
        given().auth().oauth2(access).get(USERINFO).then().statusCode(200);

        PoolFixtures.disableUser(DEMO_POOL, username);

        assertInvalidToken(given().auth().oauth2(access).get(USERINFO));
    }

    @Test
    void userInfoWhenUnknownPoolThen404() {
        String access = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = given().auth().oauth2(access).get("/us-east-1_NoSuchPool9/oauth2/userInfo");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.asString()).doesNotContain(ALICE);
    }

    private String resign(String token, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(PoolJwks.claims(token)).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).build();
        return signer.sign(DEMO_POOL, claims);
    }

    static void assertInvalidToken(Response response) {
        assertOAuthError(response, 401, "invalid_token");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer ").contains("error=\"invalid_token\"");
    }
}
