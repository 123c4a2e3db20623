package io.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gatehouse.testing.GatehouseTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The discovery document is a protocol output relying parties cache and parse: any change to it
 * must be deliberate. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
@GatehouseTest
class DiscoveryGoldenTest {

    private static final String GOLDEN = "golden/oidc/discovery.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void discoveryWhenDemoPoolThenMatchesGoldenFile() throws IOException {
        JsonNode actual = JSON.readTree(given().get("/us-east-1_DemoPool1/.well-known/openid-configuration")
                .then().statusCode(200).extract().asString());

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), JSON.writeValueAsString(actual) + "\n");
        }
        try (InputStream expected = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            assertThat(expected).as(GOLDEN).isNotNull();
            assertThat(actual).isEqualTo(JSON.readTree(expected));
        }
    }
}
