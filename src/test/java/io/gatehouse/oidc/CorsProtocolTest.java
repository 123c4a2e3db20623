package io.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A single-page app on another origin can call the token endpoint, but never with cookies. */
@GatehouseTest
class CorsProtocolTest {

    private static final String TOKEN = "/us-east-1_DemoPool1/oauth2/token";
    private static final String SPA = "http://localhost:8089";

    @Test
    void preflightWhenSpaOriginThenPostAllowedWithoutCredentials() {
        Response r = given().header("Origin", SPA).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options(TOKEN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(r.getHeader("Access-Control-Allow-Methods")).contains("POST");
        assertThat(r.getHeader("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    }

    @Test
    void tokenWhenCalledFromSpaOriginThenResponseReadable() {
        Response r = given().header("Origin", SPA).auth().preemptive().basic("demo-service", "demo-service-secret")
                .formParam("grant_type", "client_credentials").post(TOKEN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(r.getHeader("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    }
}
