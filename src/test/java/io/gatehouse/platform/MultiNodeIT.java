package io.gatehouse.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.Awaits;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.ServiceProcess;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.testing.TwoNodeCluster;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged nodes on one external PostgreSQL: what one node changes, the other serves at once,
 * through PostgreSQL LISTEN/NOTIFY cache invalidation.
 */
class MultiNodeIT {

    private static final String POOL = "us-east-1_DemoPool1";
    private static TwoNodeCluster cluster;
    private static ServiceProcess nodeA;
    private static ServiceProcess nodeB;

    @BeforeAll
    static void startNodes() {
        cluster = TwoNodeCluster.start("gh-multinode");
        nodeA = cluster.nodeA();
        nodeB = cluster.nodeB();
        System.out.printf("node B ready %d ms after start on an existing database%n", nodeB.startup().toMillis());
    }

    @AfterAll
    static void stopNodes() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void clientCreatedOnNodeAWhenUsedOnNodeBThenTokenIssued() {
        onNode(nodeA);
        JsonPath created = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients", Map.of(
                        "name", "multinode", "generateSecret", true, "grantTypes", List.of("client_credentials"),
                        "scopes", List.of("https://api.demo.local/read")))
                .then().statusCode(201).extract().jsonPath();

        String token = given().baseUri(nodeB.baseUrl()).auth().preemptive()
                .basic(created.getString("clientId"), created.getString("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .post("/" + POOL + "/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(token).isNotBlank();
    }

    @Test
    void secretResetOnNodeAWhenOldSecretUsedOnNodeBThenRejected() {
        onNode(nodeA);
        JsonPath created = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients", Map.of(
                        "name", "rotating", "generateSecret", true, "grantTypes", List.of("client_credentials"),
                        "scopes", List.of("https://api.demo.local/read")))
                .then().statusCode(201).extract().jsonPath();
        String clientId = created.getString("clientId");
        assertThat(clientCredentials(nodeB, clientId, created.getString("clientSecret"))).isEqualTo(200);

        onNode(nodeA);
        String newSecret = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients/" + clientId + "/secret", null)
                .then().statusCode(200).extract().path("clientSecret");

        awaitTrue(() -> clientCredentials(nodeB, clientId, created.getString("clientSecret")) == 401);
        assertThat(clientCredentials(nodeB, clientId, newSecret)).isEqualTo(200);
    }

    @Test
    void keyRotatedOnNodeAWhenJwksReadOnNodeBThenNewKeyPublished() {
        List<String> before = kids(nodeB);
        onNode(nodeA);
        String newKid = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/signing-keys/rotate", null)
                .then().statusCode(200).extract().path("kid");

        assertThat(before).doesNotContain(newKid);
        awaitTrue(() -> kids(nodeB).contains(newKid));
        assertThat(kids(nodeB)).containsAll(before);
    }

    /** A token node B has seen active is refused there once node A revokes it (docs/security.md: the window). */
    @Test
    void familyRevokedOnNodeAWhenTokenSeenActiveOnNodeBThenRefusedThere() {
        onNode(nodeA);
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = (String) tokens.get("access_token");
        assertThat(userInfo(nodeB, access)).isEqualTo(200);
        assertThat(introspectionActive(nodeB, access)).isTrue();

        onNode(nodeA);
        given().contentType(ContentType.URLENC).formParam("token", tokens.get("refresh_token"))
                .formParam("client_id", OidcFlows.DEMO_WEB).post("/" + POOL + "/oauth2/revoke").then().statusCode(200);

        awaitTrue(() -> userInfo(nodeB, access) == 401);
        assertThat(introspectionActive(nodeB, access)).isFalse();
    }

    /** Node B has the user in its user cache; the disable on node A must reach it (docs/security.md: the window). */
    @Test
    void userDisabledOnNodeAWhenCachedOnNodeBThenUserInfoRefusedThere() {
        onNode(nodeA);
        String username = PoolFixtures.createUser(POOL, "multinode-disabled", Map.of("email", "off@example.com"));
        String access = (String) OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD).get("access_token");
        assertThat(userInfo(nodeB, access)).isEqualTo(200);
        assertThat(userInfo(nodeB, access)).isEqualTo(200);

        onNode(nodeA);
        PoolFixtures.disableUser(POOL, username);

        awaitTrue(() -> userInfo(nodeB, access) == 401);
    }

    /** The same for a change that revokes no token: only the user cache's invalidation can carry it. */
    @Test
    void attributeChangedOnNodeAWhenCachedOnNodeBThenUserInfoThereShowsIt() {
        onNode(nodeA);
        String username = PoolFixtures.createUser(POOL, "multinode-attr", Map.of("name", "Before"));
        String access = (String) OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD).get("access_token");
        assertThat(userInfoName(nodeB, access)).isEqualTo("Before");

        onNode(nodeA);
        SignedRequests.root().patch("/api/v1/user-pools/" + POOL + "/users/" + username + "/attributes",
                Map.of("name", "After")).then().statusCode(200);

        awaitTrue(() -> "After".equals(userInfoName(nodeB, access)));
    }

    private static String userInfoName(ServiceProcess node, String accessToken) {
        return given().baseUri(node.baseUrl()).auth().oauth2(accessToken).get("/" + POOL + "/oauth2/userInfo")
                .then().statusCode(200).extract().path("name");
    }

    private static int userInfo(ServiceProcess node, String accessToken) {
        return given().baseUri(node.baseUrl()).auth().oauth2(accessToken).get("/" + POOL + "/oauth2/userInfo").statusCode();
    }

    private static boolean introspectionActive(ServiceProcess node, String token) {
        return given().baseUri(node.baseUrl()).auth().preemptive().basic("demo-service", "demo-service-secret")
                .contentType(ContentType.URLENC).formParam("token", token).post("/" + POOL + "/oauth2/introspect")
                .then().statusCode(200).extract().jsonPath().getBoolean("active");
    }

    private static int clientCredentials(ServiceProcess node, String clientId, String secret) {
        return given().baseUri(node.baseUrl()).auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post("/" + POOL + "/oauth2/token").statusCode();
    }

    private static List<String> kids(ServiceProcess node) {
        return given().baseUri(node.baseUrl()).get("/" + POOL + "/.well-known/jwks.json")
                .then().statusCode(200).extract().jsonPath().getList("keys.kid");
    }

    /** Cross-node invalidation is asynchronous (a NOTIFY round trip); allow it two seconds. */
    private static void awaitTrue(BooleanSupplier condition) {
        Awaits.until(Duration.ofSeconds(2), condition);
    }

    private static void onNode(ServiceProcess node) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = node.port();
    }
}
