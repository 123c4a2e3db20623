package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The authorization code grant with PKCE at the token endpoint (RFC 6749 §4.1.3, RFC 7636 §4.6,
 * RFC 9700 §2.1.1 and §4.5), with codes obtained through the hosted login page.
 */
@GatehouseTest
class AuthorizationCodeProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";
    static final String ISSUER = "http://localhost:8080/" + DEMO_POOL;
    static final String SCOPE = "openid email profile";

    @Inject
    AuthorizationCodeStore codes;

    @Test
    void tokenWhenCodeWithPkceThenBearerTokensAndRefreshTokenNoStore() {
        Authorization auth = aliceCode();

        JsonPath body = assertNoStoreJson(OidcFlows.redeem(given(), auth));

        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        assertThat(body.getLong("expires_in")).isEqualTo(3600);
        assertThat(body.getString("scope")).isEqualTo(SCOPE);
        assertThat(body.getString("access_token")).isNotBlank();
        assertThat(body.getString("id_token")).isNotBlank();
        assertThat(body.getString("refresh_token")).isNotBlank().doesNotContain(".");
    }

    @Test
    void tokenWhenCodeRedeemedThenIdTokenCarriesOidcAndCognitoClaims() throws ParseException {
        Instant before = Instant.now().minusSeconds(5);
        Authorization auth = aliceCode();
        Map<String, Object> tokens = OidcFlows.exchange(auth);

        JWTClaimsSet id = PoolJwks.verify(DEMO_POOL, (String) tokens.get("id_token"));

        assertThat(id.getSubject()).isEqualTo(aliceSub());
        assertThat(id.getAudience()).containsExactly(DEMO_WEB);
        assertThat(id.getIssuer()).isEqualTo(ISSUER);
        assertThat(id.getIssueTime().toInstant()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(Duration.between(id.getIssueTime().toInstant(), id.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(id.getLongClaim("auth_time")).isBetween(before.getEpochSecond(), id.getIssueTime().getTime() / 1000);
        assertThat(id.getStringClaim("nonce")).isEqualTo(auth.nonce());
        assertThat(id.getStringClaim("token_use")).isEqualTo("id");
        assertThat(id.getStringClaim("cognito:username")).isEqualTo(ALICE);
        assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins");
        assertThat(id.getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(id.getClaim("email_verified")).isEqualTo(Boolean.TRUE);
        assertThat(id.getStringClaim("at_hash")).isEqualTo(atHash((String) tokens.get("access_token")));
    }

    @Test
    void tokenWhenCodeRedeemedThenAccessTokenCarriesCognitoClaims() throws ParseException {
        Map<String, Object> tokens = OidcFlows.exchange(aliceCode());

        JWTClaimsSet access = PoolJwks.verify(DEMO_POOL, (String) tokens.get("access_token"));
        JWTClaimsSet id = PoolJwks.claims((String) tokens.get("id_token"));

        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo(id.getSubject());
        assertThat(access.getStringClaim("token_use")).isEqualTo("access");
        assertThat(access.getStringClaim("scope")).isEqualTo(SCOPE);
        assertThat(access.getStringClaim("client_id")).isEqualTo(DEMO_WEB);
        assertThat(access.getStringClaim("username")).isEqualTo(ALICE);
        assertThat(access.getStringListClaim("cognito:groups")).containsExactly("admins");
        assertThat(access.getJWTID()).isNotBlank().isNotEqualTo(id.getJWTID());
        assertThat(access.getStringClaim("origin_jti")).isNotBlank().isEqualTo(id.getStringClaim("origin_jti"));
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(access.getAudience()).isEmpty();
    }

    @Test
    void tokenWhenTwoSignInsThenDistinctTokenFamilies() throws ParseException {
        JWTClaimsSet first = PoolJwks.claims((String) OidcFlows.exchange(aliceCode()).get("access_token"));
        JWTClaimsSet second = PoolJwks.claims((String) OidcFlows.exchange(aliceCode()).get("access_token"));

        assertThat(first.getStringClaim("origin_jti")).isNotEqualTo(second.getStringClaim("origin_jti"));
        assertThat(first.getJWTID()).isNotEqualTo(second.getJWTID());
    }

    @Test
    void tokenWhenCodeReplayedThenInvalidGrantAndFirstTokensRevoked() {
        Authorization auth = aliceCode();
        Map<String, Object> first = OidcFlows.exchange(auth);
        String access = (String) first.get("access_token");
        given().auth().oauth2(access).get(USERINFO).then().statusCode(200);

        Response replay = OidcFlows.redeem(given(), auth);

        assertOAuthError(replay, 400, "invalid_grant");
        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
        assertOAuthError(refresh((String) first.get("refresh_token")), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeRedeemedByAnotherClientThenInvalidGrant() {
        PoolFixtures.Client other = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = aliceCode();

        Response response = OidcFlows.redeem(given().auth().preemptive().basic(other.clientId(), other.secret()),
                new Authorization(auth.poolId(), other.clientId(), auth.redirectUri(), auth.code(), auth.state(),
                        auth.nonce(), auth.codeVerifier(), auth.callbackParameters()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    /** A code gets one try (CodeRedemption): after a failed redemption the rightful client cannot use it either. */
    @Test
    void tokenWhenCodeRedemptionFailedOnceThenCodeIsSpent() {
        Authorization auth = aliceCode();
        assertOAuthError(redeem(auth, Map.of("code_verifier", OidcFlows.pkce().verifier())), 400, "invalid_grant");

        Response retry = OidcFlows.redeem(given(), auth);

        assertOAuthError(retry, 400, "invalid_grant");
    }

    @Test
    void tokenWhenPublicCodeClientOfOtherPoolRedeemsHereThenInvalidClient() {
        String pool = PoolFixtures.createPool("code-other");
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, DEMO_CALLBACK);
        Authorization auth = aliceCode();

        Response response = redeem(auth, Map.of("client_id", web.clientId()));

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenRedirectUriDiffersThenInvalidGrant() {
        Response response = redeem(aliceCode(), Map.of("redirect_uri", "http://localhost:8089/other"));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenRedirectUriDiffersOnlyByTrailingSlashThenInvalidGrant() {
        Response response = redeem(aliceCode(), Map.of("redirect_uri", DEMO_CALLBACK + "/"));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenRedirectUriMissingThenInvalidGrant() {
        Response response = redeemWithout(aliceCode(), "redirect_uri");

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeVerifierMissingThenInvalidGrant() {
        Response response = redeemWithout(aliceCode(), "code_verifier");

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeVerifierWrongThenInvalidGrant() {
        Response response = redeem(aliceCode(), Map.of("code_verifier", OidcFlows.pkce().verifier()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    /** RFC 7636 §4.1: "code-verifier = 43*128unreserved" even when its S256 hash matches the challenge. */
    @Test
    void tokenWhenCodeVerifierTooShortButMatchingChallengeThenInvalidGrant() {
        String shortVerifier = "a".repeat(42);
        Authorization auth = aliceCodeWithChallenge(s256(shortVerifier));

        Response response = redeem(auth, Map.of("code_verifier", shortVerifier));

        assertOAuthError(response, 400, "invalid_grant");
    }

    /** Positive control of the test above: a 43-character verifier with the same construction works. */
    @Test
    void tokenWhenCodeVerifierOfMinimumLengthThenTokens() {
        String verifier = "a".repeat(43);
        Authorization auth = aliceCodeWithChallenge(s256(verifier));

        Response response = redeem(auth, Map.of("code_verifier", verifier));

        assertThat(assertNoStoreJson(response).getString("access_token")).isNotBlank();
    }

    @Test
    void tokenWhenCodeVerifierHasIllegalCharactersThenInvalidGrant() {
        String verifier = "a".repeat(42) + "+";
        Authorization auth = aliceCodeWithChallenge(s256(verifier));

        Response response = redeem(auth, Map.of("code_verifier", verifier));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeUnknownThenInvalidGrant() {
        Response response = redeem(aliceCode(), Map.of("code", "not-a-code-" + UUID.randomUUID()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeMissingThenInvalidRequest() {
        Response response = redeemWithout(aliceCode(), "code");

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenCodeDuplicatedThenInvalidRequest() {
        Authorization auth = aliceCode();

        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("code", auth.code())
                .formParam("redirect_uri", auth.redirectUri()).formParam("client_id", DEMO_WEB)
                .formParam("code_verifier", auth.codeVerifier()).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenServiceClientRedeemsCodeThenUnauthorizedClient() {
        Authorization auth = aliceCode();

        Response response = OidcFlows.redeem(given().auth().preemptive().basic("demo-service", "demo-service-secret"),
                new Authorization(auth.poolId(), "demo-service", auth.redirectUri(), auth.code(), auth.state(),
                        auth.nonce(), auth.codeVerifier(), auth.callbackParameters()));

        assertOAuthError(response, 400, "unauthorized_client");
    }

    @Test
    void tokenWhenConfidentialClientWithoutPkceThenTokens() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = aliceCodeWithoutPkce(client.clientId());

        Response response = given().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("redirect_uri", DEMO_CALLBACK).post(TOKEN);

        JWTClaimsSet id = PoolJwks.verify(DEMO_POOL, assertNoStoreJson(response).getString("id_token"));
        assertThat(id.getAudience()).containsExactly(client.clientId());
    }

    /** RFC 9700 §2.1.1 (PKCE downgrade): a code_verifier for a code issued without a challenge is refused. */
    @Test
    void tokenWhenVerifierSentForCodeWithoutChallengeThenInvalidGrant() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = aliceCodeWithoutPkce(client.clientId());

        Response response = given().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("redirect_uri", DEMO_CALLBACK)
                .formParam("code_verifier", OidcFlows.pkce().verifier()).post(TOKEN);

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenConfidentialClientOmitsSecretThenInvalidClient() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = OidcFlows.authorize(DEMO_POOL, client.clientId(), DEMO_CALLBACK, SCOPE, ALICE, ALICE_PASSWORD);

        Response response = OidcFlows.redeem(given(), auth);

        assertOAuthError(response, 401, "invalid_client");
    }

    /** Of concurrent redemptions of one code exactly one gets tokens (the store's single-use contract). */
    @Test
    void tokenWhenCodeRedeemedConcurrentlyThenExactlyOneSucceeds() throws Exception {
        Authorization auth = aliceCode();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return OidcFlows.redeem(given(), auth).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : results) {
                statuses.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 400);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Codes live 5 minutes; rather than wait, the code is stored directly with an expiry in the
     * past. The positive control stores the same code with a future expiry and redeems it.
     */
    @Test
    void tokenWhenCodeExpiredThenInvalidGrant() {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        String code = storeCode(pkce, Instant.now().minusSeconds(1));

        Response response = redeem(code, pkce.verifier());

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenStoredCodeUnexpiredThenTokens() {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        String code = storeCode(pkce, Instant.now().plusSeconds(60));

        Response response = redeem(code, pkce.verifier());

        assertThat(PoolJwks.verify(DEMO_POOL, assertNoStoreJson(response).getString("access_token")).getSubject())
                .isEqualTo(aliceSub());
    }

    // ---- fixtures

    static Authorization aliceCode() {
        return OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, SCOPE, ALICE, ALICE_PASSWORD);
    }

    /** The login flow through OidcFlows' browser, with a chosen code_challenge. */
    static Authorization aliceCodeWithChallenge(String challenge) {
        OidcFlows.Browser browser = OidcFlows.browser();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, SCOPE, OidcFlows.pkce());
        params.put("code_challenge", challenge);
        Response done = browser.submitLogin(browser.openLogin(browser.authorize(DEMO_POOL, params)), ALICE, ALICE_PASSWORD);
        assertThat(done.statusCode()).isEqualTo(303);
        Map<String, String> callback = OidcFlows.locationParameters(done);
        return new Authorization(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, callback.get("code"), callback.get("state"),
                params.get("nonce"), null, callback);
    }

    /** Alice's code for a confidential client, requested without code_challenge. */
    static Authorization aliceCodeWithoutPkce(String clientId) {
        OidcFlows.Browser browser = OidcFlows.browser();
        Map<String, String> params = OidcFlows.authorizeParameters(clientId, DEMO_CALLBACK, SCOPE, OidcFlows.pkce());
        params.remove("code_challenge");
        params.remove("code_challenge_method");
        Response done = browser.submitLogin(browser.openLogin(browser.authorize(DEMO_POOL, params)), ALICE, ALICE_PASSWORD);
        assertThat(done.statusCode()).isEqualTo(303);
        Map<String, String> callback = OidcFlows.locationParameters(done);
        return new Authorization(DEMO_POOL, clientId, DEMO_CALLBACK, callback.get("code"), callback.get("state"),
                params.get("nonce"), null, callback);
    }

    /** Redeems as demo-web with some parameters replaced. */
    static Response redeem(Authorization auth, Map<String, String> overrides) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                "code", auth.code(), "redirect_uri", auth.redirectUri(), "client_id", DEMO_WEB));
        if (auth.codeVerifier() != null) {
            form.put("code_verifier", auth.codeVerifier());
        }
        form.putAll(overrides);
        return given().contentType(ContentType.URLENC).formParams(form).post(TOKEN);
    }

    static Response redeemWithout(Authorization auth, String parameter) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                "code", auth.code(), "redirect_uri", auth.redirectUri(), "client_id", DEMO_WEB,
                "code_verifier", auth.codeVerifier()));
        form.remove(parameter);
        return given().contentType(ContentType.URLENC).formParams(form).post(TOKEN);
    }

    static Response redeem(String code, String verifier) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("redirect_uri", DEMO_CALLBACK).formParam("client_id", DEMO_WEB)
                .formParam("code_verifier", verifier).post(TOKEN);
    }

    static Response refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).post(TOKEN);
    }

    private String storeCode(OidcFlows.Pkce pkce, Instant expiresAt) {
        String code = "fixture-" + UUID.randomUUID();
        AuthorizationCode stored = new AuthorizationCode(SecretDigest.sha256Hex(code), DEMO_POOL, DEMO_WEB,
                UUID.fromString(aliceSub()), DEMO_CALLBACK, SCOPE, "n-" + UUID.randomUUID(), pkce.challenge(),
                Instant.now().minusSeconds(10), List.of("pwd"), expiresAt, null);
        QuarkusTransaction.requiringNew().run(() -> codes.save(stored));
        return code;
    }

    static String aliceSub() {
        return SignedRequests.root().get("/api/v1/user-pools/" + DEMO_POOL + "/users/" + ALICE)
                .then().statusCode(200).extract().jsonPath().getString("sub");
    }

    static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    static String atHash(String accessToken) {
        byte[] hash = sha256(accessToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
