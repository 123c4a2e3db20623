package io.gatehouse.identitypool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The native identity-pool API: create, read, update, roles, identities and delete as problem+json
 * on errors, and another account's pool as absent.
 */
@GatehouseTest
class IdentityPoolResourceTest {

    private static final String BASE = "/api/v1/identity-pools";
    private static final String ROLE = "arn:aws:iam::" + SignedRequests.ACCOUNT_ID + ":role/RestIdentityRole";

    private final SignedRequests root = SignedRequests.root();

    @Test
    void lifecycleWhenManagedOverRestThenViewsAndLocation() {
        var created = root.post(BASE, Map.of("identityPoolName", "rest pool", "allowUnauthenticatedIdentities", true,
                "cognitoIdentityProviders", List.of(Map.of("providerName",
                        "cognito-idp.us-east-1.amazonaws.com/us-east-1_Rest1", "clientId", "restclient")),
                "tags", Map.of("team", "green")));
        JsonPath pool = created.then().statusCode(201).extract().jsonPath();
        String id = pool.getString("identityPoolId");
        assertThat(created.header("Location")).endsWith(BASE + "/" + id);
        assertThat(pool.getString("arn")).isEqualTo("arn:aws:cognito-identity:us-east-1:" + SignedRequests.ACCOUNT_ID
                + ":identitypool/" + id);
        assertThat(pool.getBoolean("allowUnauthenticatedIdentities")).isTrue();
        assertThat(pool.getString("cognitoIdentityProviders[0].clientId")).isEqualTo("restclient");
        assertThat(pool.getMap("tags")).containsEntry("team", "green");

        assertThat(root.get(BASE + "/" + id).then().statusCode(200).extract().jsonPath().getString("identityPoolName"))
                .isEqualTo("rest pool");
        JsonPath updated = root.put(BASE + "/" + id, Map.of("identityPoolName", "renamed",
                "allowUnauthenticatedIdentities", false)).then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("identityPoolName")).isEqualTo("renamed");
        assertThat(updated.getMap("tags")).containsEntry("team", "green");
        assertThat(root.get(BASE + "?limit=60").then().statusCode(200).extract().jsonPath()
                .getList("items.identityPoolId")).contains(id);

        JsonPath roles = root.put(BASE + "/" + id + "/roles", Map.of("roles", Map.of("authenticated", ROLE)))
                .then().statusCode(200).extract().jsonPath();
        assertThat(roles.getString("roles.authenticated")).isEqualTo(ROLE);
        assertThat(root.get(BASE + "/" + id + "/roles").then().statusCode(200).extract().jsonPath()
                .getString("roles.authenticated")).isEqualTo(ROLE);
        assertThat(root.get(BASE + "/" + id + "/identities").then().statusCode(200).extract().jsonPath()
                .getList("items")).isEmpty();

        root.delete(BASE + "/" + id).then().statusCode(204);
        assertProblem(root.get(BASE + "/" + id), 404, "ResourceNotFoundException");
    }

    @Test
    void requestWhenInvalidOrOtherAccountThenProblem() {
        assertProblem(root.post(BASE, Map.of("allowUnauthenticatedIdentities", true)), 400, "InvalidParameterException");
        assertProblem(root.post(BASE, Map.of("identityPoolName", "x".repeat(129), "allowUnauthenticatedIdentities", true)),
                400, "InvalidParameterException");
        assertProblem(root.get(BASE + "/not-an-id"), 400, "InvalidParameterException");
        String id = root.post(BASE, Map.of("identityPoolName", "private", "allowUnauthenticatedIdentities", false))
                .then().statusCode(201).extract().jsonPath().getString("identityPoolId");
        assertProblem(root.put(BASE + "/" + id + "/roles", Map.of("roles", Map.of("admin", ROLE))), 400,
                "InvalidParameterException");
        assertProblem(root.get(BASE + "/" + id + "/identities/us-east-1:00000000-0000-0000-0000-000000000000"), 404,
                "ResourceNotFoundException");

        SignedRequests other = TestAccounts.root("444455556666", "AKIAIDPREST000000001", "idp-rest-secret-0000000000000000000000");
        assertProblem(other.get(BASE + "/" + id), 404, "ResourceNotFoundException");
        assertProblem(other.delete(BASE + "/" + id), 404, "ResourceNotFoundException");
    }
}
