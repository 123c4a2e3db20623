package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end over REST: {@code /api/v1/user-pools/{poolId}/users}. */
@GatehouseTest
class UserApiTest {

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void newPool() {
        poolId = TestPools.createPool();
    }

    @Test
    void createWhenValidThenCreatedConfirmedWithoutPasswordInBody() {
        Response created = api.post(TestPools.users(poolId), Map.of("username", "alice",
                "password", TestPools.STRONG_PASSWORD, "attributes", Map.of("email", "alice@example.com")));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/user-pools/" + poolId + "/users/alice"))
                .body("username", equalTo("alice"))
                .body("sub", matchesPattern("[0-9a-f-]{36}"))
                .body("enabled", equalTo(true))
                .body("status", equalTo("CONFIRMED"))
                .body("attributes.email", equalTo("alice@example.com"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void createWhenNotPermanentThenMustChangePassword() {
        api.post(TestPools.users(poolId), Map.of("username", "temp", "password", TestPools.STRONG_PASSWORD,
                "permanent", false)).then().statusCode(201).body("status", equalTo("FORCE_CHANGE_PASSWORD"));
    }

    @Test
    void getWhenUserExistsThenReturnsItWithoutHash() {
        TestPools.createUser(poolId, "bob");
        api.get(TestPools.users(poolId) + "/bob").then().statusCode(200)
                .body("username", equalTo("bob"))
                .body("attributes", anEmptyMap())
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void getWhenUserUnknownThenUserNotFound() {
        assertProblem(api.get(TestPools.users(poolId) + "/nobody"), 404, "UserNotFoundException");
    }

    @Test
    void createWhenUsernameTakenThenUsernameExists() {
        TestPools.createUser(poolId, "carol");
        assertProblem(api.post(TestPools.users(poolId), Map.of("username", "Carol", "password", TestPools.STRONG_PASSWORD)),
                409, "UsernameExistsException");
    }

    @Test
    void createWhenPasswordWeakThenInvalidPassword() {
        assertProblem(api.post(TestPools.users(poolId), Map.of("username", "dave", "password", "short")), 400,
                "InvalidPasswordException");
        assertProblem(api.get(TestPools.users(poolId) + "/dave"), 404, "UserNotFoundException");
    }

    @Test
    void createWhenUsernameMissingThenBadRequest() {
        assertProblem(api.post(TestPools.users(poolId), Map.of("password", TestPools.STRONG_PASSWORD)), 400,
                "InvalidParameterException").body("detail", equalTo("Missing required field 'username'"));
    }

    @Test
    void createWhenPoolUnknownThenResourceNotFound() {
        assertProblem(api.post(TestPools.users("us-east-1_Unknown99"), Map.of("username", "x")), 404,
                "ResourceNotFoundException");
    }

    @Test
    void listWhenLimitTwoOverThreeUsersThenTwoThenOneWithoutOverlap() {
        TestPools.createUser(poolId, "user-c");
        TestPools.createUser(poolId, "user-a");
        TestPools.createUser(poolId, "user-b");
        Response first = api.get(TestPools.users(poolId) + "?limit=2");
        first.then().statusCode(200).body("items.username", equalTo(List.of("user-a", "user-b")));
        String cursor = first.path("nextCursor");
        assertNotNull(cursor);
        Response second = api.get(TestPools.users(poolId) + "?limit=2&cursor=" + cursor);
        second.then().statusCode(200).body("items.username", equalTo(List.of("user-c")));
        assertNull(second.path("nextCursor"));
    }

    @Test
    void updateAttributesWhenNullValueThenDeletedOthersKept() {
        api.post(TestPools.users(poolId), Map.of("username", "erin", "password", TestPools.STRONG_PASSWORD,
                "attributes", Map.of("email", "erin@example.com", "name", "Erin"))).then().statusCode(201);
        Map<String, Object> changes = new HashMap<>();
        changes.put("name", null);
        changes.put("custom:team", "blue");
        api.patch(TestPools.users(poolId) + "/erin/attributes", changes).then().statusCode(200)
                .body("attributes.email", equalTo("erin@example.com"))
                .body("attributes.'custom:team'", equalTo("blue"))
                .body("attributes", not(hasKey("name")));
        api.get(TestPools.users(poolId) + "/erin").then().body("attributes", not(hasKey("name")));
    }

    @Test
    void updateAttributesWhenSubThenBadRequest() {
        TestPools.createUser(poolId, "frank");
        assertProblem(api.patch(TestPools.users(poolId) + "/frank/attributes", Map.of("sub", "x")), 400,
                "InvalidParameterException");
    }

    @Test
    void setPasswordWhenTemporaryThenStatusForceChange() {
        TestPools.createUser(poolId, "gina");
        api.put(TestPools.users(poolId) + "/gina/password", Map.of("password", "Another-Pass-2", "permanent", false))
                .then().statusCode(204);
        api.get(TestPools.users(poolId) + "/gina").then().body("status", equalTo("FORCE_CHANGE_PASSWORD"));
        api.put(TestPools.users(poolId) + "/gina/password", Map.of("password", "Another-Pass-3")).then().statusCode(204);
        api.get(TestPools.users(poolId) + "/gina").then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void setPasswordWhenWeakThenInvalidPassword() {
        TestPools.createUser(poolId, "hank");
        assertProblem(api.put(TestPools.users(poolId) + "/hank/password", Map.of("password", "alllowercase1!")), 400,
                "InvalidPasswordException");
    }

    @Test
    void disableAndEnableWhenCalledThenEnabledFlagFollows() {
        TestPools.createUser(poolId, "ivy");
        api.post(TestPools.users(poolId) + "/ivy/disable", null).then().statusCode(204);
        api.get(TestPools.users(poolId) + "/ivy").then().body("enabled", equalTo(false));
        api.post(TestPools.users(poolId) + "/ivy/enable", null).then().statusCode(204);
        api.get(TestPools.users(poolId) + "/ivy").then().body("enabled", equalTo(true));
    }

    @Test
    void deleteWhenUserExistsThenGone() {
        TestPools.createUser(poolId, "jack");
        api.delete(TestPools.users(poolId) + "/jack").then().statusCode(204);
        assertProblem(api.get(TestPools.users(poolId) + "/jack"), 404, "UserNotFoundException");
    }

    @Test
    void listWhenPagedThenEachUserOnce() {
        for (int i = 0; i < 5; i++) {
            TestPools.createUser(poolId, "bulk-" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get(TestPools.users(poolId) + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(page.path("items.username"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("bulk-0", "bulk-1", "bulk-2", "bulk-3", "bulk-4"), seen);
        api.get(TestPools.users(poolId)).then().body("nextCursor", nullValue());
    }
}
