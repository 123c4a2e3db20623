package io.gatehouse.platform;

import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AuthorizationCodes;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.ServiceProcess;
import io.gatehouse.testing.TwoNodeCluster;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scale-out experiment of docs/scaling.md as a test: concurrent load split across two packaged
 * nodes on one PostgreSQL, and the single-use guarantees of the token endpoint still hold, because
 * they are conditional {@code UPDATE}s in the shared database, not state held by a node.
 */
class TwoNodeConcurrencyIT {

    private static final int CHAINS = 24;
    private static final int REFRESHES_PER_CHAIN = 24;
    private static final int RACED_CODES = 32;
    private static final String TOKEN_PATH = "/" + DEMO_POOL + "/oauth2/token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TwoNodeCluster cluster;

    @BeforeAll
    static void startNodes() {
        cluster = TwoNodeCluster.start("gh-concurrency");
    }

    @AfterAll
    static void stopNodes() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void refreshChainsAlternatingNodesWhenRunConcurrentlyThenNoRotationIsLost() throws Exception {
        List<String> firstTokens = new ArrayList<>();
        for (int i = 0; i < CHAINS; i++) {
            firstTokens.add(refreshToken(OidcFlows.exchange(signIn(i))));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        seen.addAll(firstTokens);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> chains = new ArrayList<>();
        for (String first : firstTokens) {
            chains.add(() -> {
                start.await();
                return chain(first, seen);
            });
        }

        long began = System.nanoTime();
        List<List<String>> results = runAll(chains, start);
        long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        System.out.printf("%d refresh grants in %d chains across two nodes: %d ms, %.0f/s%n",
                CHAINS * REFRESHES_PER_CHAIN, CHAINS, millis, CHAINS * REFRESHES_PER_CHAIN * 1000.0 / millis);

        assertThat(seen).as("every refresh token ever returned is new").hasSize(CHAINS * (REFRESHES_PER_CHAIN + 1));
        for (List<String> chain : results) {
            String last = chain.get(chain.size() - 1);
            HttpResponse<String> again = refresh(cluster.nodeB(), last);
            assertThat(again.statusCode()).as("last token of the chain: %s", again.body()).isEqualTo(200);
            assertInvalidGrant(refresh(cluster.nodeA(), chain.get(chain.size() / 2)));
        }
    }

    @Test
    void codeRedeemedOnBothNodesAtOnceWhenRacedThenNeverTwoTokenResponses() throws Exception {
        List<Authorization> codes = new ArrayList<>();
        for (int i = 0; i < RACED_CODES; i++) {
            codes.add(signIn(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> redemptions = new ArrayList<>();
        for (Authorization code : codes) {
            redemptions.add(() -> {
                start.await();
                return send(cluster.nodeA(), AuthorizationCodes.form(code));
            });
            redemptions.add(() -> {
                start.await();
                return send(cluster.nodeB(), AuthorizationCodes.form(code));
            });
        }

        List<HttpResponse<String>> answers = runAll(redemptions, start);

        int withTokens = 0;
        for (int i = 0; i < RACED_CODES; i++) {
            List<HttpResponse<String>> pair = answers.subList(2 * i, 2 * i + 2);
            List<HttpResponse<String>> winners = pair.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(winners).as("token responses for code %d", i).hasSizeLessThanOrEqualTo(1);
            pair.stream().filter(r -> r.statusCode() != 200).forEach(TwoNodeConcurrencyIT::assertInvalidGrant);
            String boundFamily = codeFamily(codes.get(i).code());
            assertThat(boundFamily).as("code %d is consumed, bound to one family", i).isNotNull();
            for (HttpResponse<String> winner : winners) {
                withTokens++;
                JsonPath tokens = JsonPath.from(winner.body());
                assertThat(claims(tokens.getString("access_token")).getString("origin_jti")).isEqualTo(boundFamily);
                assertInvalidGrant(refresh(cluster.node(i), tokens.getString("refresh_token")));
            }
            assertThat(familyRevoked(boundFamily)).as("the replay of code %d revoked its family", i).isTrue();
        }
        System.out.printf("%d codes raced on two nodes: %d answered one token response, %d refused on both%n",
                RACED_CODES, withTokens, RACED_CODES - withTokens);
        assertThat(withTokens).as("some races are won before the replay is seen").isPositive();
    }

    @Test
    void refreshTokenReusedOnBothNodesAtOnceWhenRacedThenOneSucceedsAndTheFamilyIsRevoked() throws Exception {
        for (int round = 0; round < 8; round++) {
            Map<String, Object> tokens = OidcFlows.exchange(signIn(round));
            String token = refreshToken(tokens);
            String familyId = claims((String) tokens.get("access_token")).getString("origin_jti");
            assertThat(userInfo(cluster.nodeB(), (String) tokens.get("access_token")).statusCode())
                    .as("an access token of a live family").isEqualTo(200);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<HttpResponse<String>>> both = List.of(
                    () -> {
                        start.await();
                        return refresh(cluster.nodeA(), token);
                    },
                    () -> {
                        start.await();
                        return refresh(cluster.nodeB(), token);
                    });

            List<HttpResponse<String>> answers = runAll(both, start);

            List<HttpResponse<String>> winners = answers.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(winners).as("round %d: %s", round, bodies(answers)).hasSize(1);
            answers.stream().filter(r -> r.statusCode() != 200).forEach(TwoNodeConcurrencyIT::assertInvalidGrant);
            JsonPath winner = JsonPath.from(winners.get(0).body());
            assertThat(familyRevoked(familyId)).as("reuse revokes the family").isTrue();
            assertInvalidGrant(refresh(cluster.nodeA(), winner.getString("refresh_token")));
            HttpResponse<String> refused = userInfo(cluster.nodeB(), winner.getString("access_token"));
            assertThat(refused.statusCode()).as("the winner's access token after the family was revoked").isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).contains("invalid_token"));
        }
    }

    /** Refreshes {@code first} REFRESHES_PER_CHAIN times, alternating nodes, each time with the token the last answer returned. */
    private static List<String> chain(String first, Set<String> seen) throws Exception {
        List<String> chain = new ArrayList<>(List.of(first));
        Set<String> families = new HashSet<>();
        for (int i = 0; i < REFRESHES_PER_CHAIN; i++) {
            HttpResponse<String> r = refresh(cluster.node(i), chain.get(chain.size() - 1));
            assertThat(r.statusCode()).as("refresh %d on node %s: %s", i, i % 2 == 0 ? "A" : "B", r.body()).isEqualTo(200);
            JsonPath body = JsonPath.from(r.body());
            String next = body.getString("refresh_token");
            assertThat(seen.add(next)).as("refresh %d returned a token never seen before", i).isTrue();
            families.add(claims(body.getString("access_token")).getString("origin_jti"));
            chain.add(next);
        }
        assertThat(families).as("the chain stays in one family").hasSize(1);
        return chain;
    }

    /** demo-web's code for alice, signed in on node A or B by {@code i}. */
    private static Authorization signIn(int i) {
        ServiceProcess node = cluster.node(i);
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = node.port();
        return OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid email", ALICE, ALICE_PASSWORD);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> refresh(ServiceProcess node, String refreshToken) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", DEMO_WEB);
        return send(node, form);
    }

    private static HttpResponse<String> send(ServiceProcess node, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + TOKEN_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> userInfo(ServiceProcess node, String accessToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/" + DEMO_POOL + "/oauth2/userInfo"))
                .header("Authorization", "Bearer " + accessToken).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertInvalidGrant(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JsonPath.from(r.body()).getString("error")).isEqualTo("invalid_grant");
    }

    private static String refreshToken(Map<String, Object> tokens) {
        Object token = tokens.get("refresh_token");
        assertThat(token).as("demo-web is allowed refresh_token").isInstanceOf(String.class);
        return (String) token;
    }

    /** A JWT's payload, unverified: the nodes verified it; the test only reads the family id. */
    private static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static boolean familyRevoked(String familyId) throws SQLException {
        try (Connection c = cluster.database().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT revoked_at IS NOT NULL FROM token_family WHERE id = ?")) {
            s.setString(1, familyId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The family the code's one successful consumption bound it to (null while unconsumed); codes are stored as SHA-256 hex. */
    private static String codeFamily(String code) throws SQLException {
        try (Connection c = cluster.database().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT family_id FROM authorization_code"
                     + " WHERE code_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex') AND consumed_at IS NOT NULL")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.body()).collect(Collectors.joining(" | "));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
