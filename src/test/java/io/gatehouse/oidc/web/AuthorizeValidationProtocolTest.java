package io.gatehouse.oidc.web;

import static io.gatehouse.oidc.web.OidcWebAssertions.assertErrorPage;
import static io.gatehouse.oidc.web.OidcWebAssertions.redirectError;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authorization endpoint's validation over HTTP: client and redirect URI failures end on an
 * error page (never a redirect); every later failure is reported to the client's redirect URI.
 */
@GatehouseTest
class AuthorizeValidationProtocolTest {

    private static final String AUTHORIZE = "/" + DEMO_POOL + "/oauth2/authorize";

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8089/callback/", "http://localhost:8089/callbackx",
            "http://localhost:8089/call", "HTTP://LOCALHOST:8089/callback", "http://localhost:8089/Callback",
            "http://localhost:8089/callback?x=1", "http://localhost:8089/callback#frag", "http://localhost:8090/callback",
            "https://localhost:8089/callback", "http://evil.example/callback", "http://localhost:8089/callback/../callback"})
    void authorizeWhenRedirectUriNotExactlyRegisteredThenErrorPageNotRedirect(String redirectUri) {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, redirectUri, "openid", OidcFlows.pkce());

        Response response = OidcFlows.browser().authorize(DEMO_POOL, params);

        assertErrorPage(response, 400, "not registered");
    }

    @Test
    void authorizeWhenRedirectUriMissingThenErrorPage() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.remove("redirect_uri");

        assertErrorPage(OidcFlows.browser().authorize(DEMO_POOL, params), 400, "not registered");
    }

    @Test
    void authorizeWhenUnknownClientThenErrorPage() {
        Map<String, String> params = OidcFlows.authorizeParameters("no-such-client", DEMO_CALLBACK, "openid", OidcFlows.pkce());

        assertErrorPage(OidcFlows.browser().authorize(DEMO_POOL, params), 400, "not registered");
    }

    @Test
    void authorizeWhenRedirectUriRepeatedThenErrorPage() {
        Response response = given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", DEMO_WEB)
                .queryParam("redirect_uri", DEMO_CALLBACK, DEMO_CALLBACK)
                .get(AUTHORIZE);

        assertErrorPage(response, 400, "not registered");
    }

    @Test
    void authorizeWhenPublicClientSendsNoCodeChallengeThenInvalidRequestAtRedirect() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.remove("code_challenge");
        params.remove("code_challenge_method");

        Map<String, String> callback = redirectError(OidcFlows.browser().authorize(DEMO_POOL, params));

        assertEquals("invalid_request", callback.get("error"));
        assertEquals(params.get("state"), callback.get("state"));
    }

    @Test
    void authorizeWhenPkcePlainThenInvalidRequestAtRedirect() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("code_challenge_method", "plain");

        Map<String, String> callback = redirectError(OidcFlows.browser().authorize(DEMO_POOL, params));

        assertEquals("invalid_request", callback.get("error"));
        assertEquals("PKCE plain is not supported", callback.get("error_description"));
    }

    @Test
    void authorizeWhenChallengeWithoutMethodThenInvalidRequest() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.remove("code_challenge_method");

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void authorizeWhenChallengeMalformedThenInvalidRequest() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("code_challenge", "too-short");

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void authorizeWhenResponseTypeTokenThenUnsupportedResponseType() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("response_type", "token");

        assertEquals("unsupported_response_type", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void authorizeWhenResponseTypeMissingThenInvalidRequest() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.remove("response_type");

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void authorizeWhenScopeNotAllowedThenInvalidScope() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid https://api.demo.local/read",
                OidcFlows.pkce());

        assertEquals("invalid_scope", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"consent", "select_account", "none login", "bogus"})
    void authorizeWhenPromptUnsupportedOrNoneCombinedThenInvalidRequest(String prompt) {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", prompt);

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "99999999999"})
    void authorizeWhenMaxAgeNotNonNegativeIntegerThenInvalidRequest(String maxAge) {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("max_age", maxAge);

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }

    @Test
    void authorizeWhenStateRepeatedThenInvalidRequestWithoutState() {
        Response response = given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", DEMO_WEB)
                .queryParam("redirect_uri", DEMO_CALLBACK).queryParam("state", "a", "b")
                .queryParam("code_challenge", OidcFlows.pkce().challenge()).queryParam("code_challenge_method", "S256")
                .get(AUTHORIZE);

        Map<String, String> callback = redirectError(response);
        assertEquals("invalid_request", callback.get("error"));
        assertNull(callback.get("state"));
    }

    @Test
    void authorizeWhenResponseModeUnknownThenInvalidRequestByQuery() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("response_mode", "fragment");

        assertEquals("invalid_request", redirectError(OidcFlows.browser().authorize(DEMO_POOL, params)).get("error"));
    }
}
