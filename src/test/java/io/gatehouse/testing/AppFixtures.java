package io.gatehouse.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pools and app clients for app sign-in tests, made through the native admin API with their
 * {@code settings} JSON: e.g. a pool with MFA ON and a client allowed USER_PASSWORD_AUTH.
 */
public final class AppFixtures {

    /** Every app sign-in flow, so a test picks what it exercises by what it calls. */
    public static final List<String> ALL_FLOWS = List.of("USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH",
            "ADMIN_USER_PASSWORD_AUTH");

    private AppFixtures() {
    }

    /** A pool with the given settings (an empty map means defaults); returns its id. */
    public static String pool(Map<String, Object> settings) {
        return SignedRequests.root().post("/api/v1/user-pools", Map.of("name", PoolFixtures.unique("app"),
                        "settings", settings))
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A public app client allowed {@code flows}. */
    public static PoolFixtures.Client publicClient(String poolId, List<String> flows) {
        return client(poolId, false, Map.of("explicitAuthFlows", flows));
    }

    /** An app client with the given settings; {@code secret} makes it confidential (SECRET_HASH required). */
    public static PoolFixtures.Client client(String poolId, boolean secret, Map<String, Object> settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "app");
        body.put("generateSecret", secret);
        body.put("settings", settings);
        return PoolFixtures.createClient(poolId, body);
    }
}
