package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end over REST: app clients, and the rule that a secret is shown only once. */
@GatehouseTest
class AppClientApiTest {

    private static final Map<String, Object> PUBLIC_CLIENT = Map.of("name", "web",
            "grantTypes", List.of("authorization_code", "refresh_token"), "scopes", List.of("openid", "email"),
            "callbackUrls", List.of("https://app.example.com/callback"),
            "logoutUrls", List.of("https://app.example.com/bye"), "accessTokenValiditySeconds", 900);

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void newPool() {
        poolId = TestPools.createPool();
    }

    @Test
    void createWhenPublicThenNoSecretAndSettingsEchoed() {
        api.post(TestPools.clients(poolId), PUBLIC_CLIENT).then().statusCode(201)
                .header("Location", matchesPattern(".*/clients/[a-z0-9]{26}"))
                .body("clientId", matchesPattern("[a-z0-9]{26}"))
                .body("poolId", equalTo(poolId))
                .body("confidential", equalTo(false))
                .body("grantTypes", equalTo(List.of("authorization_code", "refresh_token")))
                .body("scopes", equalTo(List.of("openid", "email")))
                .body("callbackUrls", equalTo(List.of("https://app.example.com/callback")))
                .body("logoutUrls", equalTo(List.of("https://app.example.com/bye")))
                .body("accessTokenValiditySeconds", equalTo(900))
                .body("idTokenValiditySeconds", equalTo(3600))
                .body("refreshTokenValiditySeconds", equalTo(2592000))
                .body("$", not(hasKey("clientSecret")));
    }

    @Test
    void createWhenGenerateSecretThenSecretOnlyInCreateResponse() {
        Response created = api.post(TestPools.clients(poolId), Map.of("name", "backend", "generateSecret", true,
                "grantTypes", List.of("client_credentials")));
        created.then().statusCode(201).body("confidential", equalTo(true)).body("clientSecret", matchesPattern(".{40,}"));
        String clientId = created.path("clientId");
        api.get(TestPools.clients(poolId) + "/" + clientId).then().statusCode(200)
                .body("confidential", equalTo(true))
                .body("$", not(hasKey("clientSecret")))
                .body("$", not(hasKey("secretHash")));
        api.get(TestPools.clients(poolId)).then().statusCode(200)
                .body("items[0]", not(hasKey("clientSecret")))
                .body("items[0]", not(hasKey("secretHash")));
    }

    @Test
    void regenerateSecretWhenConfidentialThenNewSecretReturnedOnce() {
        Response created = api.post(TestPools.clients(poolId), Map.of("name", "svc", "generateSecret", true));
        String clientId = created.path("clientId");
        Response regenerated = api.post(TestPools.clients(poolId) + "/" + clientId + "/secret", null);
        regenerated.then().statusCode(200).body("clientId", equalTo(clientId)).body("clientSecret", matchesPattern(".{40,}"));
        assertNotEquals(created.<String>path("clientSecret"), regenerated.<String>path("clientSecret"));
        api.get(TestPools.clients(poolId) + "/" + clientId).then().body("$", not(hasKey("clientSecret")));
    }

    @Test
    void regenerateSecretWhenPublicThenBadRequest() {
        String clientId = api.post(TestPools.clients(poolId), PUBLIC_CLIENT).path("clientId");
        assertProblem(api.post(TestPools.clients(poolId) + "/" + clientId + "/secret", null), 400,
                "InvalidParameterException");
    }

    @Test
    void updateWhenValidThenSettingsReplaced() {
        String clientId = api.post(TestPools.clients(poolId), PUBLIC_CLIENT).path("clientId");
        api.put(TestPools.clients(poolId) + "/" + clientId, Map.of("name", "web2", "scopes", List.of("openid")))
                .then().statusCode(200)
                .body("name", equalTo("web2"))
                .body("scopes", equalTo(List.of("openid")))
                .body("grantTypes", equalTo(List.of()))
                .body("accessTokenValiditySeconds", equalTo(3600));
        api.get(TestPools.clients(poolId) + "/" + clientId).then().body("name", equalTo("web2"));
    }

    @Test
    void updateWhenGenerateSecretGivenThenBadRequest() {
        String clientId = api.post(TestPools.clients(poolId), PUBLIC_CLIENT).path("clientId");
        assertProblem(api.put(TestPools.clients(poolId) + "/" + clientId, Map.of("name", "x", "generateSecret", true)),
                400, "InvalidParameterException");
    }

    @Test
    void createWhenRulesBrokenThenBadRequestFromDomain() {
        assertProblem(api.post(TestPools.clients(poolId), Map.of("name", "bad", "grantTypes", List.of("client_credentials"))),
                400, "InvalidParameterException").body("detail", equalTo("client_credentials requires a client with a secret"));
        assertProblem(api.post(TestPools.clients(poolId), Map.of("name", "bad", "accessTokenValiditySeconds", 10)),
                400, "InvalidParameterException");
    }

    @Test
    void createWhenArrayContainsNullThenBadRequest() {
        assertProblem(api.post(TestPools.clients(poolId), "{\"name\": \"n\", \"scopes\": [null]}"), 400,
                "InvalidParameterException").body("detail", equalTo("Field 'scopes' must not contain null"));
    }

    @Test
    void deleteWhenClientExistsThenGone() {
        String clientId = api.post(TestPools.clients(poolId), PUBLIC_CLIENT).path("clientId");
        api.delete(TestPools.clients(poolId) + "/" + clientId).then().statusCode(204);
        assertProblem(api.get(TestPools.clients(poolId) + "/" + clientId), 404, "ResourceNotFoundException");
    }

    @Test
    void listWhenTwoClientsAndLimitOneThenTwoPages() {
        api.post(TestPools.clients(poolId), PUBLIC_CLIENT).then().statusCode(201);
        api.post(TestPools.clients(poolId), PUBLIC_CLIENT).then().statusCode(201);
        Response first = api.get(TestPools.clients(poolId) + "?limit=1");
        first.then().statusCode(200).body("items.size()", equalTo(1));
        Response second = api.get(TestPools.clients(poolId) + "?limit=1&cursor=" + first.path("nextCursor"));
        second.then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
        assertNotEquals(first.<String>path("items[0].clientId"), second.<String>path("items[0].clientId"));
    }
}
