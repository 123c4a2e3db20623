package io.gatehouse.testing;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;

/** App sign-in over the native REST API ({@code /api/v1/user-pools/{poolId}/clients/{clientId}/auth}). */
public final class NativeSignIn {

    private NativeSignIn() {
    }

    public static String base(PoolFixtures.Client client) {
        return "/api/v1/user-pools/" + client.poolId() + "/clients/" + client.clientId();
    }

    /** An unsigned JSON POST. */
    public static Response post(String path, Object body) {
        return RestAssured.given().contentType("application/json").body(body).post(path);
    }

    public static Response initiate(PoolFixtures.Client client, String flow, Map<String, String> parameters) {
        return post(base(client) + "/auth", Map.of("flow", flow, "parameters", parameters));
    }

    public static Response password(PoolFixtures.Client client, String username, String password) {
        return initiate(client, "USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", password));
    }

    public static Response respond(PoolFixtures.Client client, String name, String session, Map<String, String> responses) {
        return post(base(client) + "/auth/challenge", Map.of("name", name, "session", session, "responses", responses));
    }

    /** The {@code tokens} of a password sign-in that must succeed without a challenge. */
    public static JsonPath tokens(PoolFixtures.Client client, String username) {
        return password(client, username, PoolFixtures.PASSWORD).then().statusCode(200).extract().jsonPath()
                .setRootPath("tokens");
    }

    /** A request carrying {@code Authorization: Bearer <accessToken>}. */
    public static io.restassured.specification.RequestSpecification bearer(String accessToken) {
        return RestAssured.given().header("Authorization", "Bearer " + accessToken);
    }
}
