package io.gatehouse.oidc.web;

import static io.gatehouse.oidc.web.OidcWebAssertions.assertErrorPage;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.oidc.LoginTransactionStore;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Browser;
import io.gatehouse.testing.OidcFlows.LoginPageForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hosted login page end to end: rendering, CSRF, transaction lifetime, failures and form_post. */
@GatehouseTest
class LoginPageProtocolTest {

    @Inject
    LoginTransactionStore transactions;

    @Test
    void showWhenTransactionValidThenAccessibleFormWithSecurityHeaders() {
        Browser browser = OidcFlows.browser();
        Map<String, String> params = params();
        params.put("login_hint", "alice");

        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params));

        form.page().then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("form-action 'self' http://localhost:8089"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("<title>Sign in – demo</title>"))
                .body(containsString("<label for=\"username\">"))
                .body(containsString("<label for=\"password\">"))
                .body(containsString("id=\"username\" name=\"username\""))
                .body(containsString("value=\"alice\""))
                .body(not(containsString("<script")))
                .body(not(containsString("http://")));
        assertNotNull(form.csrfToken());
    }

    @Test
    void showWhenLoginHintHasMarkupThenEscaped() {
        Browser browser = OidcFlows.browser();
        Map<String, String> params = params();
        params.put("login_hint", "\"><script>alert(1)</script>");

        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params));

        form.page().then().body(not(containsString("<script>alert(1)")))
                .body(containsString("&quot;&gt;&lt;script&gt;"));
    }

    @Test
    void showWhenTransactionUnknownThenExpiredPage() {
        Response response = OidcFlows.browser().get("/" + DEMO_POOL + "/login?tx=unknown-transaction");

        assertErrorPage(response, 400, "Your sign-in session expired; go back to the application and try again.");
    }

    @Test
    void showWhenCsrfCookieMissingThenCookiesRequiredPage() {
        Browser browser = OidcFlows.browser();
        Response authorize = browser.authorize(DEMO_POOL, params());
        browser.cookies().clear();

        assertErrorPage(browser.get(authorize.getHeader("Location")), 400, "cookies");
    }

    @Test
    void submitWhenTransactionExpiredThenExpiredPage() {
        String id = "expired-transaction-" + System.nanoTime();
        AuthorizationRequest request = AuthorizationRequest.parse(Map.of("client_id", List.of(DEMO_WEB),
                "redirect_uri", List.of(DEMO_CALLBACK), "response_type", List.of("code")));
        QuarkusTransaction.requiringNew().run(() -> transactions.create(new LoginTransaction(SecretDigest.sha256Hex(id),
                DEMO_POOL, request, SecretDigest.sha256Hex("csrf"), Instant.now().minusSeconds(1))));
        Browser browser = OidcFlows.browser();

        Response response = browser.postForm("/" + DEMO_POOL + "/login",
                Map.of("tx", id, "csrf_token", "csrf", "username", ALICE, "password", ALICE_PASSWORD));

        assertErrorPage(response, 400, "Your sign-in session expired");
        assertErrorPage(browser.get("/" + DEMO_POOL + "/login?tx=" + id), 400, "Your sign-in session expired");
    }

    @Test
    void submitWhenCsrfTokenMissingThenForbiddenAndNoCode() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response response = browser.postForm(form.loginUrl(),
                Map.of("tx", form.transaction(), "username", ALICE, "password", ALICE_PASSWORD));

        assertErrorPage(response, 403, "could not be verified");
    }

    @Test
    void submitWhenCsrfTokenWrongThenForbiddenAndTransactionStillUsable() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response forged = browser.submitLogin(new LoginPageForm(form.loginUrl(), form.transaction(),
                form.csrfToken() + "x", form.page()), ALICE, ALICE_PASSWORD);

        assertErrorPage(forged, 403, "could not be verified");
        assertEquals(303, browser.submitLogin(form, ALICE, ALICE_PASSWORD).statusCode());
    }

    @Test
    void submitWhenCsrfCookieMissingThenForbidden() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));
        Browser attacker = OidcFlows.browser();

        Response response = attacker.submitLogin(form, ALICE, ALICE_PASSWORD);

        assertErrorPage(response, 403, "could not be verified");
    }

    @Test
    void submitWhenCsrfCookieOfAnotherTransactionThenForbidden() {
        Browser browser = OidcFlows.browser();
        LoginPageForm first = browser.openLogin(browser.authorize(DEMO_POOL, params()));
        LoginPageForm second = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response mixed = browser.submitLogin(new LoginPageForm(first.loginUrl(), first.transaction(),
                second.csrfToken(), first.page()), ALICE, ALICE_PASSWORD);

        assertErrorPage(mixed, 403, "could not be verified");
    }

    @Test
    void submitWhenTwoLoginPagesOpenThenBothUsable() {
        Browser browser = OidcFlows.browser();
        LoginPageForm first = browser.openLogin(browser.authorize(DEMO_POOL, params()));
        LoginPageForm second = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        assertEquals(303, browser.submitLogin(second, ALICE, ALICE_PASSWORD).statusCode());
        assertEquals(303, browser.submitLogin(first, ALICE, ALICE_PASSWORD).statusCode());
    }

    @Test
    void submitWhenReplayedThenExpiredPageAndNoSecondCode() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));
        Map<String, String> csrfCookies = new HashMap<>(browser.cookies());
        assertEquals(303, browser.submitLogin(form, ALICE, ALICE_PASSWORD).statusCode());
        browser.cookies().putAll(csrfCookies);

        Response replay = browser.submitLogin(form, ALICE, ALICE_PASSWORD);

        assertErrorPage(replay, 400, "Your sign-in session expired");
    }

    @Test
    void submitWhenWrongPasswordThenSameMessageAsUnknownUser() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response wrongPassword = browser.submitLogin(form, "bob", "Not-Bobs-Passw0rd!");
        Response unknownUser = browser.submitLogin(form, "nobody-" + System.nanoTime(), "Whatever-Passw0rd!");

        for (Response r : new Response[] {wrongPassword, unknownUser}) {
            r.then().statusCode(200).contentType(containsString("text/html"))
                    .header("X-Frame-Options", "DENY")
                    .body(containsString("role=\"alert\" id=\"signin-error\">Incorrect username or password.</div>"));
        }
        assertEquals(OidcFlows.hiddenFields(wrongPassword.asString()), OidcFlows.hiddenFields(unknownUser.asString()));
        assertEquals(303, browser.submitLogin(form, ALICE, ALICE_PASSWORD).statusCode());
    }

    @Test
    void submitWhenCredentialsEmptyThenFormAgainWithoutSignInAttempt() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response response = browser.postForm(form.loginUrl(),
                Map.of("tx", form.transaction(), "csrf_token", form.csrfToken(), "username", ALICE));

        response.then().statusCode(200).body(containsString("Enter your username and password."));
    }

    @Test
    void submitWhenSignedInThenSsoCookieSetAndCsrfCookieCleared() {
        Browser browser = OidcFlows.browser();
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params()));

        Response done = browser.submitLogin(form, ALICE, ALICE_PASSWORD);

        assertEquals(303, done.statusCode());
        String sso = done.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("gh_sso_" + DEMO_POOL + "=")).findFirst().orElseThrow();
        assertTrue(sso.contains("HttpOnly") && sso.contains("Path=/" + DEMO_POOL), sso);
        assertEquals(Set.of("gh_sso_" + DEMO_POOL), browser.cookies().keySet());
    }

    @Test
    void submitWhenFormPostModeThenAutoSubmittingPageWithCodeStateIss() {
        Browser browser = OidcFlows.browser();
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", pkce);
        params.put("response_mode", "form_post");
        LoginPageForm form = browser.openLogin(browser.authorize(DEMO_POOL, params));

        Response page = browser.submitLogin(form, ALICE, ALICE_PASSWORD);

        page.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("form-action http://localhost:8089"))
                .header("Content-Security-Policy", containsString("script-src 'nonce-"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("<form method=\"post\" action=\"" + DEMO_CALLBACK + "\""))
                .body(containsString("<button type=\"submit\">Continue</button>"));
        Map<String, String> fields = OidcFlows.hiddenFields(page.asString());
        assertEquals(params.get("state"), fields.get("state"));
        assertEquals(OidcWebAssertions.issuer(), fields.get("iss"));
        OidcFlows.Authorization auth = new OidcFlows.Authorization(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK,
                fields.get("code"), fields.get("state"), params.get("nonce"), pkce.verifier(), fields);
        assertNotNull(OidcFlows.exchange(auth).get("id_token"));
    }

    @Test
    void submitWhenCodeRedeemedTwiceThenSecondFails() {
        OidcFlows.Authorization auth = OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);
        OidcFlows.exchange(auth);

        OidcFlows.redeem(given(), auth).then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    private static Map<String, String> params() {
        return OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
    }
}
