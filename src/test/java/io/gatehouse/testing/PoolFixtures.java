package io.gatehouse.testing;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates pools, app clients, resource servers and users through the signed admin API, each
 * with a unique name so tests sharing the database never collide.
 * <pre>{@code
 * String pool = PoolFixtures.createPool("other");
 * PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, OidcFlows.DEMO_CALLBACK);
 * PoolFixtures.createUser(pool, "carol", PoolFixtures.PASSWORD, Map.of("email", "carol@example.com"));
 * }</pre>
 */
public final class PoolFixtures {

    /** A password satisfying the default policy. */
    public static final String PASSWORD = "Fixture-Passw0rd!";

    private PoolFixtures() {
    }

    /** An app client as created: its secret is null for a public client. */
    public record Client(String poolId, String clientId, String secret) {
    }

    /** {@code prefix-} followed by 8 random hex digits. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new pool named {@code prefix-<random>}; returns its id. */
    public static String createPool(String prefix) {
        return SignedRequests.root().post("/api/v1/user-pools", Map.of("name", unique(prefix)))
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** Creates a client from a raw ClientRequest body ({@code name} is made unique from the given one). */
    public static Client createClient(String poolId, Map<String, Object> body) {
        Map<String, Object> request = new LinkedHashMap<>(body);
        request.put("name", unique(String.valueOf(body.getOrDefault("name", "client"))));
        JsonPath created = SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/clients", request)
                .then().statusCode(201).extract().jsonPath();
        return new Client(poolId, created.getString("clientId"), created.getString("clientSecret"));
    }

    /** A public client like demo-web: code + refresh, scopes openid email profile. */
    public static Client publicCodeClient(String poolId, String callbackUrl) {
        return createClient(poolId, Map.of("name", "web", "generateSecret", false,
                "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", List.of("openid", "email", "profile"), "callbackUrls", List.of(callbackUrl)));
    }

    /** A confidential client with code + refresh, scopes openid email profile. */
    public static Client confidentialCodeClient(String poolId, String callbackUrl) {
        return createClient(poolId, Map.of("name", "confidential-web", "generateSecret", true,
                "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", List.of("openid", "email", "profile"), "callbackUrls", List.of(callbackUrl)));
    }

    /** A confidential client_credentials client with the given (resource server) scopes. */
    public static Client serviceClient(String poolId, List<String> scopes) {
        return createClient(poolId, Map.of("name", "service", "generateSecret", true,
                "grantTypes", List.of("client_credentials"), "scopes", scopes));
    }

    /** A resource server {@code identifier} with the scopes (names only); returns the qualified scopes. */
    public static List<String> createResourceServer(String poolId, String identifier, String... scopeNames) {
        List<Map<String, String>> scopes = Arrays.stream(scopeNames)
                .map(n -> Map.of("name", n, "description", n + " access")).toList();
        SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/resource-servers",
                        Map.of("identifier", identifier, "name", unique("api"), "scopes", scopes))
                .then().statusCode(201);
        return Arrays.stream(scopeNames).map(n -> identifier + "/" + n).toList();
    }

    /** A confirmed user with a permanent password; returns the (unique) username. */
    public static String createUser(String poolId, String usernamePrefix, Map<String, String> attributes) {
        String username = unique(usernamePrefix);
        SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/users",
                        Map.of("username", username, "password", PASSWORD, "attributes", attributes))
                .then().statusCode(201);
        return username;
    }

    public static void disableUser(String poolId, String username) {
        SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/users/" + username + "/disable", null)
                .then().statusCode(204);
    }
}
