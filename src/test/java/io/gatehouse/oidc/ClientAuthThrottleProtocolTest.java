package io.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.userpool.signin.ThrottleConfig;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guessing a client secret is throttled per client and source IP with the sign-in back-off;
 * a client whose right secret was already verified on this node is not slowed down.
 */
@GatehouseTest
class ClientAuthThrottleProtocolTest {

    private static final String POOL = "us-east-1_DemoPool1";
    private static final String TOKEN = "/" + POOL + "/oauth2/token";

    @Inject
    ThrottleConfig config;

    @Test
    void tokenWhenSecretGuessedRepeatedlyThenRightSecretAlsoRefusedDuringBackoff() {
        JsonPath client = createClient("throttled-client");
        String id = client.getString("clientId");
        for (int i = 0; i <= config.clientFreeAttempts(); i++) {
            assertThat(token(id, "wrong-" + i)).isEqualTo(401);
        }

        assertThat(token(id, client.getString("clientSecret"))).isEqualTo(401);
    }

    @Test
    void tokenWhenSecretAlreadyVerifiedThenGuessingDoesNotBlockIt() {
        JsonPath client = createClient("verified-client");
        String id = client.getString("clientId");
        assertThat(token(id, client.getString("clientSecret"))).isEqualTo(200);
        for (int i = 0; i <= config.clientFreeAttempts(); i++) {
            assertThat(token(id, "wrong-" + i)).isEqualTo(401);
        }

        assertThat(token(id, client.getString("clientSecret"))).isEqualTo(200);
    }

    private static JsonPath createClient(String name) {
        return SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients", Map.of("name", name,
                        "generateSecret", true, "grantTypes", List.of("client_credentials"),
                        "scopes", List.of("https://api.demo.local/read")))
                .then().statusCode(201).extract().jsonPath();
    }

    private static int token(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .post(TOKEN).statusCode();
    }
}
