package io.gatehouse.oidc.web;

import static io.gatehouse.oidc.web.OidcWebAssertions.assertErrorPage;
import static io.gatehouse.oidc.web.OidcWebAssertions.redirectError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_LOGOUT;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Browser;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RP-initiated logout end to end: redirect validation, id_token_hint checks, server-side revocation. */
@GatehouseTest
class LogoutEndpointProtocolTest {

    private static final String LOGOUT = "/" + DEMO_POOL + "/logout";

    @Test
    void logoutWhenRegisteredRedirectThenRedirectWithStateAndCookieCleared() {
        Browser browser = signedIn();

        Response response = browser.get(LOGOUT,
                Map.of("client_id", DEMO_WEB, "post_logout_redirect_uri", DEMO_LOGOUT, "state", "bye"));

        assertEquals(302, response.statusCode());
        assertEquals(DEMO_LOGOUT + "?state=bye", response.getHeader("Location"));
        assertTrue(response.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("gh_sso_" + DEMO_POOL + "=") && c.contains("Max-Age=0")));
        assertTrue(browser.cookies().isEmpty());
    }

    @Test
    void logoutWhenDoneThenSessionRevokedServerSideAndPromptNoneLoginRequired() {
        Browser browser = signedIn();
        Map<String, String> kept = new HashMap<>(browser.cookies());
        browser.get(LOGOUT, Map.of("client_id", DEMO_WEB)).then().statusCode(200);
        browser.cookies().putAll(kept);
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "none");

        assertEquals("login_required", redirectError(browser.authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void logoutWhenNoRedirectThenSignedOutPage() {
        Response response = signedIn().get(LOGOUT);

        response.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .body(containsString("You are signed out"));
    }

    @Test
    void logoutWhenCognitoLogoutUriThenRedirect() {
        Response response = signedIn().get(LOGOUT, Map.of("client_id", DEMO_WEB, "logout_uri", DEMO_LOGOUT));

        assertEquals(302, response.statusCode());
        assertEquals(DEMO_LOGOUT, response.getHeader("Location"));
    }

    @Test
    void logoutWhenPostedThenSeeOther() {
        Response response = OidcFlows.browser().postForm(LOGOUT,
                Map.of("client_id", DEMO_WEB, "post_logout_redirect_uri", DEMO_LOGOUT, "state", "s"));

        assertEquals(303, response.statusCode());
        assertEquals(DEMO_LOGOUT + "?state=s", response.getHeader("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8089", "http://localhost:8089/x", "http://localhost:8089/?a=b",
            "HTTP://localhost:8089/", "http://evil.example/", "http://localhost:8089/callback"})
    void logoutWhenRedirectNotRegisteredThenErrorPageNoRedirect(String uri) {
        Response response = OidcFlows.browser().postForm(LOGOUT,
                Map.of("client_id", DEMO_WEB, "post_logout_redirect_uri", uri));

        assertErrorPage(response, 400, "not registered for sign-out");
    }

    @Test
    void logoutWhenRedirectWithoutClientThenErrorPage() {
        Response response = OidcFlows.browser().postForm(LOGOUT, Map.of("post_logout_redirect_uri", DEMO_LOGOUT));

        assertErrorPage(response, 400, "not registered for sign-out");
    }

    @Test
    void logoutWhenFormPercentEncodingMalformedThenErrorPage() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("client_id=%zz").post(LOGOUT);

        assertErrorPage(response, 400, "The form could not be read");
    }

    @Test
    void logoutWhenUnknownClientThenErrorPage() {
        Response response = OidcFlows.browser().postForm(LOGOUT,
                Map.of("client_id", "no-such-client", "post_logout_redirect_uri", DEMO_LOGOUT));

        assertErrorPage(response, 400, "not registered");
    }

    @Test
    void logoutWhenIdTokenHintThenClientTakenFromAudience() {
        Browser browser = signedIn();
        String idToken = (String) OidcFlows.demoWebTokens().get("id_token");

        Response response = browser.postForm(LOGOUT, Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", DEMO_LOGOUT, "state", "xyz"));

        assertEquals(303, response.statusCode());
        assertEquals(DEMO_LOGOUT + "?state=xyz", response.getHeader("Location"));
    }

    @Test
    void logoutWhenIdTokenHintForAnotherClientThenErrorPage() {
        String idToken = (String) OidcFlows.demoWebTokens().get("id_token");

        Response response = OidcFlows.browser().postForm(LOGOUT, Map.of("id_token_hint", idToken,
                "client_id", "demo-service", "post_logout_redirect_uri", DEMO_LOGOUT));

        assertErrorPage(response, 400, "other than the one its ID token");
    }

    @Test
    void logoutWhenIdTokenHintTamperedThenErrorPage() {
        String idToken = (String) OidcFlows.demoWebTokens().get("id_token");
        String[] parts = idToken.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        Response response = OidcFlows.browser().postForm(LOGOUT, Map.of("id_token_hint", tampered));

        assertErrorPage(response, 400, "ID token that was not issued by this sign-in service");
    }

    @Test
    void logoutWhenAccessTokenGivenAsHintThenErrorPage() {
        String accessToken = (String) OidcFlows.demoWebTokens().get("access_token");

        Response response = OidcFlows.browser().postForm(LOGOUT, Map.of("id_token_hint", accessToken));

        assertErrorPage(response, 400, "ID token that was not issued by this sign-in service");
    }

    @Test
    void logoutWhenHintIsGarbageThenErrorPage() {
        assertErrorPage(OidcFlows.browser().postForm(LOGOUT, Map.of("id_token_hint", "not-a-jwt")), 400,
                "ID token that was not issued");
    }

    @Test
    void logoutWhenParameterRepeatedThenErrorPage() {
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("client_id", DEMO_WEB).formParam("post_logout_redirect_uri", DEMO_LOGOUT, DEMO_LOGOUT)
                .post(LOGOUT);

        assertErrorPage(response, 400, "malformed");
    }

    private static Browser signedIn() {
        Browser browser = OidcFlows.browser();
        browser.signIn(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);
        return browser;
    }
}
