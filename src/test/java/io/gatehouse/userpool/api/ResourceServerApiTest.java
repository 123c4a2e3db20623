package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end over REST: resource servers, whose URL identifiers travel percent-encoded in the path. */
@GatehouseTest
class ResourceServerApiTest {

    private static final String IDENTIFIER = "https://api.demo.local";
    private static final String ENCODED = URLEncoder.encode(IDENTIFIER, StandardCharsets.UTF_8);

    private final SignedRequests api = SignedRequests.root();
    private String poolId;

    @BeforeEach
    void newPool() {
        poolId = TestPools.createPool();
    }

    @Test
    void createWhenValidThenCreatedWithQualifiedScopes() {
        create().then().statusCode(201)
                .header("Location", endsWith("/resource-servers/" + "https:%2F%2Fapi.demo.local"))
                .body("identifier", equalTo(IDENTIFIER))
                .body("name", equalTo("Demo API"))
                .body("scopes.name", equalTo(List.of("read", "write")))
                .body("scopes[0].description", equalTo("Read access"))
                .body("qualifiedScopes", equalTo(List.of(IDENTIFIER + "/read", IDENTIFIER + "/write")));
    }

    @Test
    void getWhenIdentifierPercentEncodedThenFound() {
        create().then().statusCode(201);
        api.get(TestPools.resourceServers(poolId) + "/" + ENCODED).then().statusCode(200)
                .body("identifier", equalTo(IDENTIFIER)).body("name", equalTo("Demo API"));
    }

    @Test
    void createWhenIdentifierTakenThenConflict() {
        create().then().statusCode(201);
        assertProblem(create(), 409, "ResourceConflictException");
    }

    @Test
    void replaceWhenValidThenNameAndScopesReplaced() {
        create().then().statusCode(201);
        api.put(TestPools.resourceServers(poolId) + "/" + ENCODED,
                Map.of("name", "Renamed", "scopes", List.of(Map.of("name", "admin")))).then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("scopes.name", equalTo(List.of("admin")))
                .body("scopes[0].description", nullValue());
        api.get(TestPools.resourceServers(poolId) + "/" + ENCODED).then().body("name", equalTo("Renamed"));
    }

    @Test
    void replaceWhenIdentifierInBodyDiffersThenBadRequest() {
        create().then().statusCode(201);
        assertProblem(api.put(TestPools.resourceServers(poolId) + "/" + ENCODED,
                Map.of("identifier", "https://other", "name", "x")), 400, "InvalidParameterException");
    }

    @Test
    void replaceWhenUnknownThenNotFound() {
        assertProblem(api.put(TestPools.resourceServers(poolId) + "/" + ENCODED, Map.of("name", "x")), 404,
                "ResourceNotFoundException");
    }

    @Test
    void listAndDeleteWhenServersExistThenListFollows() {
        create().then().statusCode(201);
        api.post(TestPools.resourceServers(poolId), Map.of("identifier", "orders", "name", "Orders")).then().statusCode(201);
        api.get(TestPools.resourceServers(poolId)).then().statusCode(200)
                .body("items.identifier", equalTo(List.of(IDENTIFIER, "orders")));
        api.get(TestPools.resourceServers(poolId) + "?limit=1").then()
                .body("items.identifier", equalTo(List.of(IDENTIFIER)));
        api.delete(TestPools.resourceServers(poolId) + "/" + ENCODED).then().statusCode(204);
        api.get(TestPools.resourceServers(poolId)).then().body("items.identifier", equalTo(List.of("orders")));
        assertProblem(api.get(TestPools.resourceServers(poolId) + "/" + ENCODED), 404, "ResourceNotFoundException");
    }

    @Test
    void createWhenScopeNameInvalidThenBadRequest() {
        assertProblem(api.post(TestPools.resourceServers(poolId), Map.of("identifier", "x", "name", "X",
                "scopes", List.of(Map.of("name", "has space")))), 400, "InvalidParameterException");
    }

    @Test
    void createWhenScopeHasUnknownFieldThenSerializationProblem() {
        assertProblem(api.post(TestPools.resourceServers(poolId), Map.of("identifier", "x", "name", "X",
                "scopes", List.of(Map.of("name", "read", "colour", "red")))), 400, "SerializationException")
                .body("detail", equalTo("Unknown field 'scopes[0].colour'"));
    }

    @Test
    void clientWhenScopeOfResourceServerThenAccepted() {
        create().then().statusCode(201);
        api.post(TestPools.clients(poolId), Map.of("name", "m2m", "generateSecret", true,
                "grantTypes", List.of("client_credentials"), "scopes", List.of(IDENTIFIER + "/read")))
                .then().statusCode(201).body("scopes", equalTo(List.of(IDENTIFIER + "/read")));
    }

    private io.restassured.response.Response create() {
        return api.post(TestPools.resourceServers(poolId), Map.of("identifier", IDENTIFIER, "name", "Demo API",
                "scopes", List.of(Map.of("name", "read", "description", "Read access"),
                        Map.of("name", "write", "description", "Write access"))));
    }
}
