package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolJwks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One refresh token presented many times at the same instant on one node: the single-statement
 * exchange lets exactly one request spend it, and every other one is a replay that revokes the
 * family (RFC 9700 §4.14.2), so even the winner's new tokens stop working.
 */
@GatehouseTest
class RefreshTokenRaceProtocolTest {

    private static final int RACERS = 12;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EntityManager em;

    @Test
    void refreshWhenSameTokenPresentedByManyAtOnceThenOneSuccessAndFamilyRevoked() throws Exception {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String familyId = origin((String) tokens.get("access_token"));

        List<HttpResponse<String>> answers = race((String) tokens.get("refresh_token"));

        List<HttpResponse<String>> winners = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(winners).as("answers: %s", answers.stream().map(HttpResponse::body).toList()).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() != 200).map(r -> JsonPath.from(r.body()).getString("error")))
                .hasSize(RACERS - 1).containsOnly("invalid_grant");
        JsonPath winner = JsonPath.from(winners.get(0).body());
        assertThat(origin(winner.getString("access_token"))).isEqualTo(familyId);
        assertThat(revokedAt(familyId)).as("the replays revoked the family").isNotNull();
        assertThat(successors(familyId)).as("only the winner stored a successor").isEqualTo(2);
        assertOAuthError(RefreshTokenProtocolTest.refresh(winner.getString("refresh_token")), 400, "invalid_grant");
        assertOAuthError(given().auth().oauth2(winner.getString("access_token")).get(RefreshTokenProtocolTest.USERINFO),
                401, "invalid_token");
    }

    @Test
    void refreshWhenRotatedTokenPresentedThenNoSuccessorStoredAndFamilyRevoked() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String familyId = origin((String) tokens.get("access_token"));
        String first = (String) tokens.get("refresh_token");
        RefreshTokenProtocolTest.refresh(first).then().statusCode(200);

        assertOAuthError(RefreshTokenProtocolTest.refresh(first), 400, "invalid_grant");

        assertThat(revokedAt(familyId)).isNotNull();
        assertThat(successors(familyId)).as("the first token and its one successor").isEqualTo(2);
    }

    private List<HttpResponse<String>> race(String refreshToken) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return HTTP.send(request(refreshToken), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpRequest request(String refreshToken) {
        String form = "grant_type=refresh_token&client_id=" + DEMO_WEB + "&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/" + DEMO_POOL
                        + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String origin(String accessToken) {
        try {
            JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, accessToken);
            return claims.getStringClaim("origin_jti");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private Object revokedAt(String familyId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT revoked_at FROM token_family WHERE id = ?1").setParameter(1, familyId).getSingleResult());
    }

    private long successors(String familyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM refresh_token WHERE family_id = ?1").setParameter(1, familyId)
                .getSingleResult()).longValue());
    }
}
