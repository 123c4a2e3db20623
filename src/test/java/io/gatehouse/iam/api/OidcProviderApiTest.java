package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: IAM OIDC providers, addressed by their URL-encoded ARN. */
@GatehouseTest
class OidcProviderApiTest {

    private static final String PROVIDERS = "/api/v1/iam/oidc-providers";
    private static final String THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";
    private final SignedRequests api = SignedRequests.root();
    private final String suffix = IamFixtures.unique("p");

    @Test
    void createWhenValidThenManagedThroughItsArn() {
        String arn = "arn:aws:iam::000000000000:oidc-provider/rest.example.com/" + suffix;
        api.post(PROVIDERS, Map.of("url", "https://rest.example.com/" + suffix, "clientIds", List.of("app-a"),
                        "thumbprints", List.of(THUMBPRINT), "tags", Map.of("team", "a")))
                .then().statusCode(201)
                .body("arn", equalTo(arn))
                .body("url", equalTo("https://rest.example.com/" + suffix))
                .body("clientIds", equalTo(List.of("app-a")))
                .body("thumbprints", equalTo(List.of(THUMBPRINT)))
                .body("tags.team", equalTo("a"))
                .body("userPoolId", nullValue())
                .body("createdAt", notNullValue());
        String path = PROVIDERS + "/" + URLEncoder.encode(arn, StandardCharsets.UTF_8);

        api.get(path).then().statusCode(200).body("arn", equalTo(arn));
        api.get(PROVIDERS).then().statusCode(200).body("arn", hasItem(arn));
        api.post(path + "/client-ids", Map.of("clientId", "app-b")).then().statusCode(200)
                .body("clientIds", equalTo(List.of("app-a", "app-b")));
        api.delete(path + "/client-ids/app-a").then().statusCode(200).body("clientIds", equalTo(List.of("app-b")));
        api.put(path + "/thumbprints", Map.of("thumbprints", List.of())).then().statusCode(200)
                .body("thumbprints", equalTo(List.of()));
        api.post(path + "/tags", Map.of("tags", Map.of("env", "dev"))).then().statusCode(200)
                .body("env", equalTo("dev")).body("team", equalTo("a"));
        api.delete(path + "/tags?key=team").then().statusCode(200).body("team", nullValue());
        api.get(path + "/tags").then().statusCode(200).body("env", equalTo("dev"));

        api.delete(path).then().statusCode(204);
        assertProblem(api.get(path), 404, "NoSuchEntity");
        api.get(PROVIDERS).then().statusCode(200).body("arn", not(hasItem(arn)));
    }

    @Test
    void createWhenInvalidThenProblems() {
        assertProblem(api.post(PROVIDERS, Map.of("url", "http://rest.example.com/" + suffix)), 400, "InvalidInput");
        assertProblem(api.post(PROVIDERS, Map.of("clientIds", List.of("a"))), 400, "InvalidParameterException");
        assertProblem(api.post(PROVIDERS, Map.of("url", "https://rest.example.com/" + suffix,
                "thumbprints", List.of("abc"))), 400, "ValidationError");
        assertProblem(api.post(PROVIDERS, Map.of("url", "https://rest.example.com/" + suffix, "unknown", 1)), 400,
                "SerializationException");
        api.post(PROVIDERS, Map.of("url", "https://rest.example.com/" + suffix)).then().statusCode(201);
        assertProblem(api.post(PROVIDERS, Map.of("url", "https://rest.example.com/" + suffix)), 409,
                "EntityAlreadyExists");
        assertProblem(api.get(PROVIDERS + "/" + URLEncoder.encode("arn:aws:iam::000000000000:oidc-provider/none.example.com",
                StandardCharsets.UTF_8)), 404, "NoSuchEntity");
    }

    @Test
    void userPoolProviderWhenDeletedThroughIamThenUnmodifiableEntity() {
        String poolId = PoolFixtures.createPool("rest-oidc");
        String arn = "arn:aws:iam::000000000000:oidc-provider/localhost:8080/" + poolId;
        String path = PROVIDERS + "/" + URLEncoder.encode(arn, StandardCharsets.UTF_8);

        api.get(path).then().statusCode(200).body("userPoolId", equalTo(poolId))
                .body("url", equalTo("http://localhost:8080/" + poolId));
        assertProblem(api.delete(path), 400, "UnmodifiableEntity");
    }
}
