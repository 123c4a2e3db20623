package io.gatehouse.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ServiceProcess;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with no database configured: it starts its own PostgreSQL under the data
 * directory, generates a master key there (mode 0600), and keeps every user, client and key
 * across a restart.
 */
class EmbeddedDatabaseIT {

    private static final String POOL = "us-east-1_DemoPool1";

    @Test
    void restartWhenEmbeddedDatabaseThenUsersClientsAndKeysSurvive() throws Exception {
        Path dataDir = ServiceProcess.tempDir("gh-embedded");
        Map<String, String> env = Map.of(
                "GATEHOUSE_DATA_DIR", dataDir.toString(),
                "GATEHOUSE_BOOTSTRAP_ACCESS_KEY_ID", SignedRequests.ACCESS_KEY_ID,
                "GATEHOUSE_BOOTSTRAP_SECRET_ACCESS_KEY", SignedRequests.SECRET_ACCESS_KEY,
                "GATEHOUSE_PASSWORD_MEMORY_KIB", "1024",
                "GATEHOUSE_PASSWORD_ITERATIONS", "1");
        String clientId;
        List<String> kidsBefore;
        try (ServiceProcess first = ServiceProcess.start("embedded-first", env)) {
            use(first);
            SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/users",
                    Map.of("username", "carol", "password", "Carol-Passw0rd!", "attributes", Map.of("email", "carol@example.com")))
                    .then().statusCode(201);
            clientId = SignedRequests.root().post("/api/v1/user-pools/" + POOL + "/clients",
                            Map.of("name", "survivor", "generateSecret", true, "grantTypes", List.of("client_credentials"),
                                    "scopes", List.of("https://api.demo.local/read")))
                    .then().statusCode(201).extract().path("clientId");
            kidsBefore = kids(first);
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("master.key")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(dataDir.resolve("pg")).isDirectory();

        try (ServiceProcess second = ServiceProcess.start("embedded-second", env)) {
            System.out.printf("restart on an existing embedded database ready in %d ms%n", second.startup().toMillis());
            use(second);
            SignedRequests.root().get("/api/v1/user-pools/" + POOL + "/users/carol")
                    .then().statusCode(200).body("attributes.email", org.hamcrest.Matchers.equalTo("carol@example.com"));
            SignedRequests.root().get("/api/v1/user-pools/" + POOL + "/clients/" + clientId).then().statusCode(200);
            assertThat(kids(second)).isEqualTo(kidsBefore);
        }
    }

    private static List<String> kids(ServiceProcess node) {
        return given().baseUri(node.baseUrl()).get("/" + POOL + "/.well-known/jwks.json")
                .then().statusCode(200).extract().jsonPath().getList("keys.kid");
    }

    private static void use(ServiceProcess node) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = node.port();
    }
}
