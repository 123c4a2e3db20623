package io.gatehouse.audit.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end over REST: {@code /api/v1/audit-events} shows what the caller's account did. */
@GatehouseTest
class AuditEventApiTest {

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void actions() {
        poolId = api.post("/api/v1/user-pools", Map.of("name", "audited-" + UUID.randomUUID().toString().substring(0, 8)))
                .then().statusCode(201).extract().path("id");
        for (String username : List.of("u1", "u2", "u3")) {
            api.post("/api/v1/user-pools/" + poolId + "/users", Map.of("username", username)).then().statusCode(201);
        }
    }

    @Test
    void listWhenFilteredByPoolAndActionThenOnlyThoseEventsWithDetails() {
        api.get("/api/v1/audit-events?poolId=" + poolId + "&action=user.create").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.action", everyItem(equalTo("user.create")))
                .body("items.target", equalTo(List.of("u3", "u2", "u1")))
                .body("items.actor", everyItem(equalTo(SignedRequests.ROOT_ARN)))
                .body("items.accountId", everyItem(equalTo(SignedRequests.ACCOUNT_ID)))
                .body("items.outcome", everyItem(equalTo("SUCCESS")))
                .body("items[0].requestId", notNullValue())
                .body("items[0].occurredAt", notNullValue());
    }

    @Test
    void listWhenFilteredByPoolThenIncludesPoolCreation() {
        api.get("/api/v1/audit-events?poolId=" + poolId).then().statusCode(200)
                .body("items.action", hasItem("userpool.create"))
                .body("items.size()", equalTo(4));
    }

    @Test
    void listWhenPagedThenNewestFirstWithoutOverlap() {
        String base = "/api/v1/audit-events?poolId=" + poolId + "&limit=3";
        Response first = api.get(base);
        List<Integer> ids = new ArrayList<>(first.path("items.id"));
        String cursor = first.path("nextCursor");
        Response second = api.get(base + "&cursor=" + cursor);
        List<Integer> more = second.path("items.id");
        assertEquals(1, more.size());
        assertFalse(ids.contains(more.get(0)));
        assertTrue(ids.get(2) > more.get(0), "newest first");
        second.then().body("items[0].action", equalTo("userpool.create")).body("nextCursor", equalTo(null));
    }

    @Test
    void listWhenFilteredByActorOutcomeAndTimeThenMatches() {
        String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        api.get("/api/v1/audit-events?poolId=" + poolId + "&actor=" + SignedRequests.ROOT_ARN
                + "&outcome=success&from=" + from + "&to=" + to).then().statusCode(200).body("items.size()", equalTo(4));
        api.get("/api/v1/audit-events?poolId=" + poolId + "&outcome=FAILURE").then().body("items.size()", equalTo(0));
        api.get("/api/v1/audit-events?poolId=" + poolId + "&to=" + from).then().body("items.size()", equalTo(0));
    }

    @Test
    void listWhenTimeOrOutcomeInvalidThenBadRequest() {
        assertProblem(api.get("/api/v1/audit-events?from=yesterday"), 400, "InvalidParameterException")
                .body("detail", equalTo("from must be an ISO-8601 instant such as 2025-01-31T12:00:00Z"));
        assertProblem(api.get("/api/v1/audit-events?outcome=maybe"), 400, "InvalidParameterException");
    }

    @Test
    void listWhenCursorNotAnEventIdThenBadRequest() {
        assertProblem(api.get("/api/v1/audit-events?cursor=bm90LWFuLWlk"), 400, "InvalidParameterException")
                .body("detail", equalTo("Invalid pagination cursor"));
    }
}
