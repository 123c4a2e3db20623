package io.gatehouse.oidc.web;

import static io.gatehouse.oidc.web.OidcWebAssertions.issuer;
import static io.gatehouse.oidc.web.OidcWebAssertions.redirectError;
import static io.gatehouse.oidc.web.OidcWebAssertions.signedInBrowser;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.OidcFlows.Browser;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authorization endpoint end to end over HTTP: the code flow, SSO, prompts and response modes. */
@GatehouseTest
class AuthorizeEndpointProtocolTest {

    private static final String AUTHORIZE = "/" + DEMO_POOL + "/oauth2/authorize";

    @Test
    void authorizeWhenFullFlowThenCodeRedeemsForTokensWithNonceAudIss() throws ParseException {
        Authorization auth = OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid email", ALICE, ALICE_PASSWORD);
        Map<String, Object> tokens = OidcFlows.exchange(auth);

        JWTClaimsSet id = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
        assertEquals(auth.nonce(), id.getStringClaim("nonce"));
        assertEquals(List.of(DEMO_WEB), id.getAudience());
        assertEquals(issuer(), id.getIssuer());
        assertEquals("id", id.getStringClaim("token_use"));
        assertEquals(List.of("pwd"), id.getStringListClaim("amr"));
        JWTClaimsSet access = SignedJWT.parse((String) tokens.get("access_token")).getJWTClaimsSet();
        assertEquals("access", access.getStringClaim("token_use"));
        assertEquals(issuer(), access.getIssuer());
        assertEquals("openid email", tokens.get("scope"));
    }

    @Test
    void authorizeWhenCodeIssuedThenStateEchoedAndIssPresent() {
        Authorization auth = OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);

        Map<String, String> expected = Map.of("code", auth.code(), "state", auth.callbackParameters().get("state"),
                "iss", issuer());
        assertEquals(expected, auth.callbackParameters());
        assertNotNull(auth.state());
    }

    @Test
    void authorizeWhenScopeAbsentThenClientScopesGranted() {
        Authorization auth = OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, null, ALICE, ALICE_PASSWORD);

        assertEquals("openid email profile", OidcFlows.exchange(auth).get("scope"));
    }

    @Test
    void authorizeWhenSsoSessionThenSecondRequestGetsCodeWithoutPassword() throws ParseException {
        Browser browser = OidcFlows.browser();
        Authorization first = browser.signIn(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", pkce);

        Response second = browser.authorize(DEMO_POOL, params);

        assertEquals(302, second.statusCode());
        Map<String, String> callback = OidcFlows.locationParameters(second);
        assertEquals(params.get("state"), callback.get("state"));
        Authorization silent = new Authorization(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, callback.get("code"),
                callback.get("state"), params.get("nonce"), pkce.verifier(), callback);
        JWTClaimsSet firstId = SignedJWT.parse((String) OidcFlows.exchange(first).get("id_token")).getJWTClaimsSet();
        JWTClaimsSet silentId = SignedJWT.parse((String) OidcFlows.exchange(silent).get("id_token")).getJWTClaimsSet();
        assertEquals(firstId.getSubject(), silentId.getSubject());
        assertEquals(firstId.getClaim("auth_time"), silentId.getClaim("auth_time"));
        assertEquals(params.get("nonce"), silentId.getStringClaim("nonce"));
    }

    @Test
    void authorizeWhenPromptLoginThenLoginPageDespiteSso() {
        Browser browser = signedInBrowser();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "login");

        OidcFlows.LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params));

        assertNotNull(form.transaction());
    }

    @Test
    void authorizeWhenMaxAgeZeroThenLoginPageDespiteSso() {
        Browser browser = signedInBrowser();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("max_age", "0");

        assertNotNull(browser.openLogin(browser.authorize(DEMO_POOL, params)).transaction());
    }

    @Test
    void authorizeWhenMaxAgeLongerThanSessionAgeThenSso() {
        Browser browser = signedInBrowser();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("max_age", "3600");

        Response response = browser.authorize(DEMO_POOL, params);

        assertEquals(302, response.statusCode());
        assertNotNull(OidcFlows.locationParameters(response).get("code"));
    }

    @Test
    void authorizeWhenPromptNoneWithoutSessionThenLoginRequiredAtRedirect() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "none");

        Map<String, String> callback = redirectError(OidcFlows.browser().authorize(DEMO_POOL, params));

        assertEquals("login_required", callback.get("error"));
        assertEquals(params.get("state"), callback.get("state"));
        assertEquals(issuer(), callback.get("iss"));
    }

    @Test
    void authorizeWhenPromptNoneWithSessionThenCode() {
        Browser browser = signedInBrowser();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "none");

        Response response = browser.authorize(DEMO_POOL, params);

        assertEquals(302, response.statusCode());
        assertNotNull(OidcFlows.locationParameters(response).get("code"));
    }

    @Test
    void authorizeWhenErrorAndFormPostThenErrorPostedByForm() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("response_mode", "form_post");
        params.put("response_type", "token");

        Response response = OidcFlows.browser().authorize(DEMO_POOL, params);

        response.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("action=\"" + DEMO_CALLBACK + "\""));
        Map<String, String> fields = OidcFlows.hiddenFields(response.asString());
        assertEquals("unsupported_response_type", fields.get("error"));
        assertEquals(params.get("state"), fields.get("state"));
        assertEquals(issuer(), fields.get("iss"));
    }

    @Test
    void authorizeWhenPostedAsFormThenSameAsGet() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "none");

        Response response = given().redirects().follow(false).contentType(ContentType.URLENC).formParams(params)
                .post(AUTHORIZE);

        assertEquals(303, response.statusCode());
        assertEquals("login_required", OidcFlows.locationParameters(response).get("error"));
    }

    @Test
    void authorizeWhenLoginNeededThenRedirectToLoginPageWithCsrfCookie() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());

        Response response = OidcFlows.browser().authorize(DEMO_POOL, params);

        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").contains("/" + DEMO_POOL + "/login?tx="));
        String setCookie = response.getHeader("Set-Cookie");
        assertTrue(setCookie.startsWith("gh_csrf_"), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), setCookie);
        assertTrue(setCookie.contains("Path=/" + DEMO_POOL + "/login"), setCookie);
    }
}
