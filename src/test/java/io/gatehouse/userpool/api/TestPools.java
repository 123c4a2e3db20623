package io.gatehouse.userpool.api;

import io.gatehouse.testing.SignedRequests;
import java.util.Map;
import java.util.UUID;

/** Object mother of the API tests: fresh pools and users with unique names, created over the API. */
final class TestPools {

    static final String STRONG_PASSWORD = "Correct-Horse-1";

    private TestPools() {
    }

    /** A unique pool name, e.g. {@code test-3f2a9c1b}. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a pool with the custom attribute {@code custom:team} and returns its id. */
    static String createPool() {
        return SignedRequests.root().post("/api/v1/user-pools", Map.of("name", uniqueName("pool"),
                        "settings", Map.of("customAttributes", java.util.List.of(Map.of("name", "team")))))
                .then().statusCode(201).extract().path("id");
    }

    /** Creates a confirmed user with {@link #STRONG_PASSWORD}. */
    static void createUser(String poolId, String username) {
        SignedRequests.root().post(users(poolId), Map.of("username", username, "password", STRONG_PASSWORD))
                .then().statusCode(201);
    }

    static String pool(String poolId) {
        return "/api/v1/user-pools/" + poolId;
    }

    static String users(String poolId) {
        return pool(poolId) + "/users";
    }

    static String groups(String poolId) {
        return pool(poolId) + "/groups";
    }

    static String clients(String poolId) {
        return pool(poolId) + "/clients";
    }

    static String resourceServers(String poolId) {
        return pool(poolId) + "/resource-servers";
    }
}
