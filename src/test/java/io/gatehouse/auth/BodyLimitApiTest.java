package io.gatehouse.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Pages;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The native API reads at most 1 MiB of body before verifying a signature; more is refused. */
@GatehouseTest
class BodyLimitApiTest {

    private static String poolBody(String name, int padding) {
        return "{\"name\":\"" + name + "\",\"id\":\"" + "x".repeat(padding) + "\"}";
    }

    @Test
    void createPoolWhenBodyOverOneMebibyteThen413ProblemAndNothingCreated() {
        Response r = SignedRequests.root().post("/api/v1/user-pools", poolBody("oversized-body", SigV4AuthenticationFilter.MAX_BODY_BYTES));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(Pages.all(SignedRequests.root(), "/api/v1/user-pools", "name")).doesNotContain("oversized-body");
    }

    @Test
    void createPoolWhenBodyJustUnderLimitThenReadAndValidated() {
        Response r = SignedRequests.root().post("/api/v1/user-pools", poolBody("big-but-allowed", 1000));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("title")).isEqualTo("InvalidParameterException");
    }

    /** Past what is read ahead on the I/O thread (64 KiB), the body streams to the endpoint as before. */
    @Test
    void createPoolWhenBodyLargerThanPrefetchThenStreamedReadAndValidated() {
        Response r = SignedRequests.root().post("/api/v1/user-pools", poolBody("streamed-body", 100_000));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("title")).isEqualTo("InvalidParameterException");
    }
}
