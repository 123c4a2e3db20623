package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end over REST: groups and memberships of a pool. */
@GatehouseTest
class GroupApiTest {

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void newPool() {
        poolId = TestPools.createPool();
    }

    @Test
    void createWhenValidThenCreatedWithAllFields() {
        api.post(TestPools.groups(poolId), Map.of("name", "admins", "description", "Administrators", "precedence", 1,
                "roleArn", "arn:aws:iam::000000000000:role/Admin")).then().statusCode(201)
                .header("Location", matchesPattern(".*/groups/admins"))
                .body("name", equalTo("admins"))
                .body("poolId", equalTo(poolId))
                .body("description", equalTo("Administrators"))
                .body("precedence", equalTo(1))
                .body("roleArn", equalTo("arn:aws:iam::000000000000:role/Admin"))
                .body("createdAt", notNullValue());
    }

    @Test
    void createWhenNameTakenThenGroupExists() {
        api.post(TestPools.groups(poolId), Map.of("name", "dup")).then().statusCode(201);
        assertProblem(api.post(TestPools.groups(poolId), Map.of("name", "dup")), 409, "GroupExistsException");
    }

    @Test
    void createWhenPrecedenceNotANumberThenSerializationProblem() {
        assertProblem(api.post(TestPools.groups(poolId), "{\"name\": \"g\", \"precedence\": \"first\"}"), 400,
                "SerializationException").body("detail", equalTo("Field 'precedence' must be a JSON number"));
    }

    @Test
    void getListReplaceDeleteWhenGroupExistsThenEachReflectsState() {
        api.post(TestPools.groups(poolId), Map.of("name", "b-group")).then().statusCode(201);
        api.post(TestPools.groups(poolId), Map.of("name", "a-group")).then().statusCode(201);
        api.get(TestPools.groups(poolId)).then().statusCode(200)
                .body("items.name", equalTo(List.of("a-group", "b-group"))).body("nextCursor", nullValue());
        api.put(TestPools.groups(poolId) + "/a-group", Map.of("description", "changed", "precedence", 5))
                .then().statusCode(200).body("description", equalTo("changed")).body("precedence", equalTo(5));
        api.get(TestPools.groups(poolId) + "/a-group").then().statusCode(200).body("description", equalTo("changed"));
        api.delete(TestPools.groups(poolId) + "/a-group").then().statusCode(204);
        assertProblem(api.get(TestPools.groups(poolId) + "/a-group"), 404, "ResourceNotFoundException");
    }

    @Test
    void replaceWhenNameInBodyDiffersThenBadRequest() {
        api.post(TestPools.groups(poolId), Map.of("name", "keep")).then().statusCode(201);
        assertProblem(api.put(TestPools.groups(poolId) + "/keep", Map.of("name", "other")), 400,
                "InvalidParameterException");
    }

    @Test
    void listWhenLimitOneThenPagesWithCursor() {
        api.post(TestPools.groups(poolId), Map.of("name", "g1")).then().statusCode(201);
        api.post(TestPools.groups(poolId), Map.of("name", "g2")).then().statusCode(201);
        Response first = api.get(TestPools.groups(poolId) + "?limit=1");
        first.then().body("items.name", equalTo(List.of("g1"))).body("nextCursor", notNullValue());
        api.get(TestPools.groups(poolId) + "?limit=1&cursor=" + first.path("nextCursor"))
                .then().body("items.name", equalTo(List.of("g2"))).body("nextCursor", nullValue());
    }

    @Test
    void membershipWhenAddedAndRemovedThenListsFollow() {
        api.post(TestPools.groups(poolId), Map.of("name", "staff", "precedence", 2)).then().statusCode(201);
        api.post(TestPools.groups(poolId), Map.of("name", "ops", "precedence", 1)).then().statusCode(201);
        TestPools.createUser(poolId, "mia");
        String userGroups = TestPools.users(poolId) + "/mia/groups";
        api.put(userGroups + "/staff", null).then().statusCode(204);
        api.put(userGroups + "/ops", null).then().statusCode(204);
        api.put(userGroups + "/ops", null).then().statusCode(204);
        api.get(userGroups).then().statusCode(200).body("items.name", equalTo(List.of("ops", "staff")));
        api.get(TestPools.groups(poolId) + "/staff/members").then().statusCode(200)
                .body("items.username", equalTo(List.of("mia"))).body("items[0].sub", notNullValue());
        api.delete(userGroups + "/staff").then().statusCode(204);
        api.get(userGroups).then().body("items.name", equalTo(List.of("ops")));
        api.get(TestPools.groups(poolId) + "/staff/members").then().body("items", empty());
    }

    @Test
    void membershipWhenGroupOrUserUnknownThenNotFound() {
        TestPools.createUser(poolId, "noah");
        assertProblem(api.put(TestPools.users(poolId) + "/noah/groups/nogroup", null), 404, "ResourceNotFoundException");
        api.post(TestPools.groups(poolId), Map.of("name", "real")).then().statusCode(201);
        assertProblem(api.put(TestPools.users(poolId) + "/nobody/groups/real", null), 404, "UserNotFoundException");
        assertProblem(api.delete(TestPools.users(poolId) + "/noah/groups/real"), 404, "UserNotFoundException");
    }

    @Test
    void membersWhenCursorNotASubThenBadRequest() {
        api.post(TestPools.groups(poolId), Map.of("name", "cur")).then().statusCode(201);
        assertProblem(api.get(TestPools.groups(poolId) + "/cur/members?cursor=bm90LWEtdXVpZA"), 400,
                "InvalidParameterException");
    }
}
