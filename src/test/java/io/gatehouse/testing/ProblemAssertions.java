package io.gatehouse.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Checks that a native API response is an RFC 9457 problem of the expected status and AWS error
 * name, e.g. {@code ProblemAssertions.assertProblem(response, 404, "ResourceNotFoundException")}.
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** A problem from the API's own mappers: also carries {@code instance} and {@code requestId}. */
    public static ValidatableResponse assertProblem(Response response, int status, String title) {
        return assertBareProblem(response, status, title)
                .body("instance", startsWith("/api/v1"))
                .body("requestId", not(emptyOrNullString()))
                .header("X-Request-Id", equalTo(response.jsonPath().getString("requestId")));
    }

    /** Any problem, including those written by the authentication filter. */
    public static ValidatableResponse assertBareProblem(Response response, int status, String title) {
        return response.then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://gatehouse.dev/problems/" + title))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()));
    }
}
