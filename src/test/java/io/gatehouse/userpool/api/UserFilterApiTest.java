package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.SignedRequests;
import io.gatehouse.testing.GatehouseTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code filter} query parameter of the native list-users endpoint, shared with Cognito's ListUsers. */
@GatehouseTest
class UserFilterApiTest {

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void pool() {
        poolId = TestPools.createPool();
        for (String[] u : new String[][] {{"ann", "ann@example.com"}, {"abe", "abe@example.org"}, {"bo", "bo@example.com"}}) {
            api.post(TestPools.users(poolId), Map.of("username", u[0], "password", TestPools.STRONG_PASSWORD,
                    "attributes", Map.of("email", u[1]))).then().statusCode(201);
        }
    }

    @Test
    void listWhenEmailPrefixFilterThenOnlyMatchesPagedByUsername() {
        List<String> first = api.get(TestPools.users(poolId) + "?limit=1&filter=" + encode("username ^= \"a\""))
                .then().statusCode(200).extract().jsonPath().getList("items.username");
        String cursor = api.get(TestPools.users(poolId) + "?limit=1&filter=" + encode("username ^= \"a\""))
                .then().extract().jsonPath().getString("nextCursor");
        List<String> second = api.get(TestPools.users(poolId) + "?limit=1&cursor=" + cursor + "&filter="
                + encode("username ^= \"a\"")).then().statusCode(200).extract().jsonPath().getList("items.username");

        assertThat(first).containsExactly("abe");
        assertThat(second).containsExactly("ann");
        assertThat(api.get(TestPools.users(poolId) + "?filter=" + encode("email = \"bo@example.com\""))
                .then().statusCode(200).extract().jsonPath().getList("items.username")).containsExactly("bo");
    }

    @Test
    void listWhenFilterMalformedThenInvalidParameterProblem() {
        assertProblem(api.get(TestPools.users(poolId) + "?filter=" + encode("email is bo")), 400, "InvalidParameterException");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
