package io.gatehouse.oidc.web;

import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Browser;
import io.restassured.response.Response;
import java.util.Map;

/** Assertions and fixtures shared by the hosted-page protocol tests. */
final class OidcWebAssertions {

    private OidcWebAssertions() {
    }

    static void assertErrorPage(Response response, int status, String text) {
        response.then().statusCode(status).contentType(containsString("text/html"))
                .header("Location", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", containsString("no-store"))
                .body(containsString(text)).body(not(containsString("<script")));
    }

    static Map<String, String> redirectError(Response response) {
        assertEquals(302, response.statusCode(), response::asString);
        assertTrue(response.getHeader("Location").startsWith(DEMO_CALLBACK + "?"), response.getHeader("Location"));
        Map<String, String> callback = OidcFlows.locationParameters(response);
        assertNull(callback.get("code"));
        assertEquals(issuer(), callback.get("iss"));
        return callback;
    }

    static Browser signedInBrowser() {
        Browser browser = OidcFlows.browser();
        browser.signIn(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);
        return browser;
    }

    static String issuer() {
        return given().get("/" + DEMO_POOL + "/.well-known/openid-configuration").then().statusCode(200)
                .extract().path("issuer");
    }
}
