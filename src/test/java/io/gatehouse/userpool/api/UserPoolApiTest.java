package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Pages;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** End to end over REST: {@code /api/v1/user-pools}. */
@GatehouseTest
class UserPoolApiTest {

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createWhenNameGivenThenCreatedWithLocationAndIssuer() {
        String name = TestPools.uniqueName("create");
        Response created = api.post("/api/v1/user-pools", Map.of("name", name));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/user-pools/us-east-1_[A-Za-z0-9]{9}"))
                .body("name", equalTo(name))
                .body("id", matchesPattern("us-east-1_[A-Za-z0-9]{9}"))
                .body("arn", equalTo("arn:aws:cognito-idp:us-east-1:" + SignedRequests.ACCOUNT_ID + ":userpool/"
                        + created.path("id")))
                .body("issuer", endsWith("/" + created.path("id")))
                .body("createdAt", notNullValue());
    }

    @Test
    void createWhenIdGivenThenPoolHasThatId() {
        String id = "us-east-1_Fixed" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        api.post("/api/v1/user-pools", Map.of("name", "fixed", "id", id)).then().statusCode(201).body("id", equalTo(id));
        assertProblem(api.post("/api/v1/user-pools", Map.of("name", "again", "id", id)), 409, "ResourceConflictException");
    }

    @Test
    void getWhenPoolExistsThenReturnsIt() {
        String id = TestPools.createPool();
        api.get(TestPools.pool(id)).then().statusCode(200).body("id", equalTo(id)).body("name", notNullValue());
    }

    @Test
    void getWhenPoolUnknownThenNotFoundProblem() {
        assertProblem(api.get("/api/v1/user-pools/us-east-1_Unknown99"), 404, "ResourceNotFoundException")
                .body("detail", equalTo("User pool us-east-1_Unknown99 does not exist"))
                .body("instance", equalTo("/api/v1/user-pools/us-east-1_Unknown99"));
    }

    @Test
    void updateWhenPutOrPatchThenRenamed() {
        String id = TestPools.createPool();
        api.put(TestPools.pool(id), Map.of("name", "renamed-put")).then().statusCode(200).body("name", equalTo("renamed-put"));
        api.patch(TestPools.pool(id), Map.of("name", "renamed-patch")).then().statusCode(200)
                .body("name", equalTo("renamed-patch"));
        api.get(TestPools.pool(id)).then().body("name", equalTo("renamed-patch"));
    }

    @Test
    void updateWhenIdInBodyDiffersThenBadRequest() {
        String id = TestPools.createPool();
        assertProblem(api.put(TestPools.pool(id), Map.of("name", "x", "id", "us-east-1_Other0000")), 400,
                "InvalidParameterException");
    }

    @Test
    void deleteWhenPoolExistsThenGoneAfterwards() {
        String id = TestPools.createPool();
        api.delete(TestPools.pool(id)).then().statusCode(204);
        assertProblem(api.get(TestPools.pool(id)), 404, "ResourceNotFoundException");
        assertProblem(api.delete(TestPools.pool(id)), 404, "ResourceNotFoundException");
    }

    @Test
    void listWhenPagedThenEveryPoolOnceAcrossPages() {
        List<String> mine = List.of(TestPools.createPool(), TestPools.createPool(), TestPools.createPool());
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get("/api/v1/user-pools?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertTrue(ids.size() <= 2);
            ids.forEach(id -> assertFalse(seen.contains(id), "no overlap between pages"));
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertTrue(seen.containsAll(mine));
    }

    @Test
    void listWhenPagedThroughThenContainsCreatedPoolOnce() {
        String id = TestPools.createPool();
        List<String> all = Pages.all(api, "/api/v1/user-pools", "id");

        assertThat(all).containsOnlyOnce(id).doesNotHaveDuplicates();
    }

    @Test
    void createWhenNameMissingThenBadRequestNamingTheField() {
        assertProblem(api.post("/api/v1/user-pools", Map.of()), 400, "InvalidParameterException")
                .body("detail", equalTo("Missing required field 'name'"));
    }

    @Test
    void createWhenNameInvalidThenBadRequestFromDomain() {
        assertProblem(api.post("/api/v1/user-pools", Map.of("name", "bad/name")), 400, "InvalidParameterException");
    }
}
