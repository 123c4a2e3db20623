package io.gatehouse.userpool.api;

import static org.assertj.core.api.Assertions.assertThat;
import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Pages;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end over REST: how the native API rejects bad requests, always with problem+json and
 * never with a 500: authentication, malformed or mistyped JSON, bad paging parameters.
 */
@GatehouseTest
class RequestErrorApiTest {

    private final SignedRequests api = SignedRequests.root();

    @Test
    void getWhenUnsignedThenUnauthorizedProblem() {
        assertBareProblem(RestAssured.given().get("/api/v1/user-pools"), 401, "MissingAuthenticationToken")
                .header("WWW-Authenticate", equalTo("AWS4-HMAC-SHA256"));
    }

    @Test
    void getWhenSignedWithWrongSecretThenForbiddenProblem() {
        assertBareProblem(SignedRequests.as(SignedRequests.ACCESS_KEY_ID, "wrong-secret").get("/api/v1/user-pools"),
                403, "SignatureDoesNotMatch");
    }

    @Test
    void postWhenBodyChangedAfterSigningThenPayloadHashMismatchAndNothingCreated() {
        String name = TestPools.uniqueName("tampered");
        String path = "/api/v1/user-pools";
        assertBareProblem(api.given("POST", path, Map.of("name", "signed")).body(Map.of("name", name))
                .request("POST", path), 400, "XAmzContentSHA256Mismatch");
        assertThat(Pages.all(api, path, "name")).isNotEmpty().doesNotContain(name);
    }

    @Test
    void getWhenQueryChangedAfterSigningThenSignatureMismatch() {
        assertBareProblem(api.given("GET", "/api/v1/user-pools?limit=1", null).request("GET", "/api/v1/user-pools?limit=2"),
                403, "SignatureDoesNotMatch");
    }

    @Test
    void postWhenJsonMalformedThenSerializationProblemWithPosition() {
        assertProblem(api.post("/api/v1/user-pools", "{\"name\": "), 400, "SerializationException")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void postWhenFieldHasWrongTypeThenSerializationProblemNamingField() {
        assertProblem(api.post("/api/v1/user-pools", "{\"name\": {\"nested\": true}}"), 400, "SerializationException")
                .body("detail", equalTo("Field 'name' must be a JSON string"));
    }

    @Test
    void postWhenBooleanFieldIsNotBooleanThenSerializationProblem() {
        String poolId = TestPools.createPool();
        assertProblem(api.post(TestPools.clients(poolId), "{\"name\": \"c\", \"generateSecret\": \"yes\"}"), 400,
                "SerializationException").body("detail", equalTo("Field 'generateSecret' must be a JSON boolean"));
    }

    @Test
    void postWhenUnknownFieldThenSerializationProblemNamingField() {
        assertProblem(api.post("/api/v1/user-pools", Map.of("name", "x", "colour", "blue")), 400,
                "SerializationException").body("detail", equalTo("Unknown field 'colour'"));
    }

    @Test
    void postWhenBodyIsArrayThenSerializationProblem() {
        assertProblem(api.post("/api/v1/user-pools", "[1, 2]"), 400, "SerializationException")
                .body("detail", equalTo("Request body must be a JSON object"));
    }

    @Test
    void postWhenBodyEmptyThenBadRequest() {
        assertProblem(api.post("/api/v1/user-pools", ""), 400, "InvalidParameterException")
                .body("detail", equalTo("A JSON request body is required"));
    }

    @Test
    void listWhenCursorInvalidThenBadRequest() {
        assertProblem(api.get("/api/v1/user-pools?cursor=not*a*cursor"), 400, "InvalidParameterException")
                .body("detail", equalTo("Invalid pagination cursor"));
    }

    @Test
    void listWhenLimitOutOfRangeOrNotANumberThenBadRequest() {
        assertProblem(api.get("/api/v1/user-pools?limit=61"), 400, "InvalidParameterException")
                .body("detail", equalTo("limit must be an integer from 1 to 60"));
        assertProblem(api.get("/api/v1/user-pools?limit=0"), 400, "InvalidParameterException");
        assertProblem(api.get("/api/v1/user-pools?limit=ten"), 400, "InvalidParameterException");
    }

    @Test
    void requestWhenMethodNotAllowedThenProblem() {
        api.send("PATCH", "/api/v1/user-pools", Map.of("name", "x")).then().statusCode(405)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("Method Not Allowed"))
                .body("type", equalTo("about:blank"));
    }

    @Test
    void postWhenContentTypeNotJsonThenUnsupportedMediaTypeProblem() {
        String path = "/api/v1/user-pools";
        api.given("POST", path, "text/plain", "name=x".getBytes(StandardCharsets.UTF_8)).request("POST", path).then()
                .statusCode(415).contentType(containsString("application/problem+json"))
                .body("title", equalTo("Unsupported Media Type"));
    }

    @Test
    void getWhenSucceededThenRequestIdHeaderPresent() {
        api.get("/api/v1/user-pools").then().statusCode(200).header("X-Request-Id", not(emptyOrNullString()));
    }
}
