package io.gatehouse.oidc;

import static io.gatehouse.testing.AuthorizationCodes.SCOPE;
import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.testing.AuthorizationCodes;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.PoolJwks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The authorization code grant at the token endpoint (RFC 6749 §4.1.3, OIDC Core §3.1.3): the
 * tokens a code buys, and the code's single use and lifetime (RFC 9700 §4.5). Request binding
 * (client, redirect URI, PKCE) is in {@link AuthorizationCodeBindingProtocolTest}.
 */
@GatehouseTest
class AuthorizationCodeProtocolTest {

    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";
    static final String ISSUER = "http://localhost:8080/" + DEMO_POOL;

    @Inject
    AuthorizationCodeStore codes;

    @Test
    void tokenWhenCodeWithPkceThenBearerTokensAndRefreshTokenNoStore() {
        JsonPath body = assertNoStoreJson(OidcFlows.redeem(given(), AuthorizationCodes.alice()));

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
        Authorization auth = AuthorizationCodes.alice();
        Map<String, Object> tokens = OidcFlows.exchange(auth);

        JWTClaimsSet id = PoolJwks.verify(DEMO_POOL, (String) tokens.get("id_token"));

        assertThat(id.getSubject()).isEqualTo(AuthorizationCodes.sub(DEMO_POOL, ALICE));
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
        assertThat(id.getStringClaim("at_hash")).isEqualTo(AuthorizationCodes.atHash((String) tokens.get("access_token")));
    }

    @Test
    void tokenWhenCodeRedeemedThenAccessTokenCarriesCognitoClaims() throws ParseException {
        Map<String, Object> tokens = OidcFlows.exchange(AuthorizationCodes.alice());

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
        JWTClaimsSet first = PoolJwks.claims((String) OidcFlows.exchange(AuthorizationCodes.alice()).get("access_token"));
        JWTClaimsSet second = PoolJwks.claims((String) OidcFlows.exchange(AuthorizationCodes.alice()).get("access_token"));

        assertThat(first.getStringClaim("origin_jti")).isNotEqualTo(second.getStringClaim("origin_jti"));
        assertThat(first.getJWTID()).isNotEqualTo(second.getJWTID());
    }

    /** RFC 6749 §4.1.2: "the authorization server SHOULD revoke … all tokens previously issued based on that authorization code". */
    @Test
    void tokenWhenCodeReplayedThenInvalidGrantAndFirstTokensRevoked() {
        Authorization auth = AuthorizationCodes.alice();
        Map<String, Object> first = OidcFlows.exchange(auth);
        String access = (String) first.get("access_token");
        given().auth().oauth2(access).get(USERINFO).then().statusCode(200);

        Response replay = OidcFlows.redeem(given(), auth);

        assertOAuthError(replay, 400, "invalid_grant");
        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
        assertOAuthError(given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", first.get("refresh_token")).formParam("client_id", DEMO_WEB)
                .post("/" + DEMO_POOL + "/oauth2/token"), 400, "invalid_grant");
    }

    /** A code gets one try (CodeRedemption): after a failed redemption the rightful client cannot use it either. */
    @Test
    void tokenWhenCodeRedemptionFailedOnceThenCodeIsSpent() {
        Authorization auth = AuthorizationCodes.alice();
        assertOAuthError(AuthorizationCodes.redeem(auth, Map.of("code_verifier", OidcFlows.pkce().verifier())), 400,
                "invalid_grant");

        Response retry = OidcFlows.redeem(given(), auth);

        assertOAuthError(retry, 400, "invalid_grant");
    }

    /**
     * Of concurrent redemptions of one code at most one gets tokens (the store's single-use
     * contract). The winner may lose too: a replay that revokes the family before the winner has
     * started it leaves the winner with invalid_grant, which is the safe outcome.
     */
    @Test
    void tokenWhenCodeRedeemedConcurrentlyThenNoUsableTokensSurviveTheReplay() throws Exception {
        Authorization auth = AuthorizationCodes.alice();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return OidcFlows.redeem(given(), auth);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : results) {
                responses.add(f.get(30, TimeUnit.SECONDS));
            }

            List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
            assertThat(statuses).allMatch(s -> s == 200 || s == 400);
            assertThat(statuses.stream().filter(s -> s == 400)).hasSizeGreaterThanOrEqualTo(5);
            // RFC 6749 §4.1.2: a code used more than once revokes what it issued, even when the
            // redemptions race: a winner's tokens (if one finished first) must be dead.
            responses.stream().filter(r -> r.statusCode() == 200).forEach(r ->
                    given().auth().oauth2(r.jsonPath().getString("access_token"))
                            .get("/" + DEMO_POOL + "/oauth2/userInfo").then().statusCode(401));
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Codes live 5 minutes; rather than wait, the code is stored directly with an expiry in the
     * past. The positive control below stores the same kind of code with a future expiry.
     */
    @Test
    void tokenWhenCodeExpiredThenInvalidGrant() {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        String code = storeCode(pkce, Instant.now().minusSeconds(1));

        Response response = AuthorizationCodes.redeem(codeOf(code, pkce), Map.of());

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenStoredCodeUnexpiredThenTokens() {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        String code = storeCode(pkce, Instant.now().plusSeconds(60));

        Response response = AuthorizationCodes.redeem(codeOf(code, pkce), Map.of());

        assertThat(PoolJwks.verify(DEMO_POOL, assertNoStoreJson(response).getString("access_token")).getSubject())
                .isEqualTo(AuthorizationCodes.sub(DEMO_POOL, ALICE));
    }

    private String storeCode(OidcFlows.Pkce pkce, Instant expiresAt) {
        String code = "fixture-" + UUID.randomUUID();
        AuthorizationCode stored = new AuthorizationCode(SecretDigest.sha256Hex(code), DEMO_POOL, DEMO_WEB,
                UUID.fromString(AuthorizationCodes.sub(DEMO_POOL, ALICE)), DEMO_CALLBACK, SCOPE,
                "n-" + UUID.randomUUID(), pkce.challenge(), Instant.now().minusSeconds(10), List.of("pwd"), expiresAt,
                null);
        QuarkusTransaction.requiringNew().run(() -> codes.save(stored));
        return code;
    }

    private static Authorization codeOf(String code, OidcFlows.Pkce pkce) {
        return new Authorization(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, code, null, null, pkce.verifier(), Map.of());
    }
}
