package io.gatehouse.oidc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * The hosted login's challenge steps, over HTTP as a browser without JavaScript sends them: a
 * temporary password must be replaced, an enrolled authenticator must give its code (the hosted
 * page is no way around MFA), a pool with MFA ON has the user set one up, and the forms carry the
 * CSRF token and a single-use sign-in session.
 */
@GatehouseTest
class LoginChallengeProtocolTest {

    private static final String CALLBACK = "https://app.example.com/callback";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\" type=\"text\" readonly value=\"([A-Z2-7]+)\"");

    @Test
    void loginWhenTemporaryPasswordThenNewPasswordPageThenCodeAndConfirmed() throws Exception {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, CALLBACK);
        String username = PoolFixtures.unique("temp");
        SignedRequests.root().post("/api/v1/user-pools/" + pool + "/users", Map.of("username", username,
                "password", "Temp-Passw0rd!", "permanent", false)).then().statusCode(201);
        OidcFlows.Browser browser = OidcFlows.browser();
        Flow flow = start(browser, pool, web);

        Response challenge = browser.submitLogin(flow.form, username, "Temp-Passw0rd!");
        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(challenge.asString()).contains("Choose a new password");
        Map<String, String> fields = OidcFlows.hiddenFields(challenge.asString());
        assertThat(fields).containsEntry("challenge", "NEW_PASSWORD_REQUIRED");

        Response weak = answer(browser, flow, fields, Map.of("new_password", "weak"));
        assertThat(weak.asString()).contains("Password did not conform with policy");
        Map<String, String> retry = OidcFlows.hiddenFields(weak.asString());
        assertThat(retry.get("session")).isEqualTo(fields.get("session"));

        Response done = answer(browser, flow, retry, Map.of("new_password", "Final-Passw0rd!"));

        assertThat(done.statusCode()).isEqualTo(303);
        Map<String, Object> tokens = OidcFlows.exchange(flow.authorization(done));
        assertThat(tokens).containsKey("id_token");
        SignedRequests.root().get("/api/v1/user-pools/" + pool + "/users/" + username).then()
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    }

    @Test
    void loginWhenAuthenticatorEnrolledThenCodeRequiredAndWrongCodeStartsOver() throws Exception {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, CALLBACK);
        String username = PoolFixtures.createUser(pool, "mfa", Map.of());
        AuthenticatorApp authenticator = enroll(pool, username);
        OidcFlows.Browser browser = OidcFlows.browser();
        Flow flow = start(browser, pool, web);

        Response challenge = browser.submitLogin(flow.form, username, PoolFixtures.PASSWORD);
        assertThat(challenge.statusCode()).isEqualTo(200);
        Map<String, String> fields = OidcFlows.hiddenFields(challenge.asString());
        assertThat(fields).containsEntry("challenge", "SOFTWARE_TOKEN_MFA");
        String right = authenticator.code(Instant.now(), 1);
        Response wrong = answer(browser, flow, fields, Map.of("code", right.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.asString()).contains(LoginChallengePage.WRONG_CODE).contains("name=\"password\"");
        Response replay = answer(browser, flow, fields, Map.of("code", right));
        assertThat(replay.asString()).contains(LoginChallengePage.EXPIRED);

        Response again = browser.submitLogin(flow.form, username, PoolFixtures.PASSWORD);
        Response done = answer(browser, flow, OidcFlows.hiddenFields(again.asString()), Map.of("code", right));

        assertThat(done.statusCode()).isEqualTo(303);
        String idToken = (String) OidcFlows.exchange(flow.authorization(done)).get("id_token");
        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getStringListClaim("amr")).contains("mfa", "otp");
    }

    @Test
    void loginWhenMfaOnAndNotEnrolledThenSetupPageShowsSecretAndCodeCompletes() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "ON"));
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, CALLBACK);
        String username = PoolFixtures.createUser(pool, "setup", Map.of());
        OidcFlows.Browser browser = OidcFlows.browser();
        Flow flow = start(browser, pool, web);

        Response setup = browser.submitLogin(flow.form, username, PoolFixtures.PASSWORD);
        assertThat(setup.asString()).contains("Set up your authenticator").contains("otpauth://totp/");
        Matcher secret = SECRET.matcher(setup.asString());
        assertThat(secret.find()).isTrue();

        Response done = answer(browser, flow, OidcFlows.hiddenFields(setup.asString()),
                Map.of("code", new AuthenticatorApp(secret.group(1)).code()));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(OidcFlows.locationParameters(done)).containsKey("code");
    }

    @Test
    void challengeWhenCsrfTokenWrongThenForbiddenErrorPage() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "ON"));
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, CALLBACK);
        String username = PoolFixtures.createUser(pool, "csrf", Map.of());
        OidcFlows.Browser browser = OidcFlows.browser();
        Flow flow = start(browser, pool, web);
        Map<String, String> fields = new HashMap<>(OidcFlows.hiddenFields(
                browser.submitLogin(flow.form, username, PoolFixtures.PASSWORD).asString()));
        fields.put("csrf_token", "forged");

        Response forged = browser.postForm(flow.form.loginUrl() + "/challenge", fields);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    private static AuthenticatorApp enroll(String pool, String username) {
        PoolFixtures.Client app = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            String access = cognito.initiateAuth(r -> r.clientId(app.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult().accessToken();
            AuthenticatorApp authenticator = new AuthenticatorApp(
                    cognito.associateSoftwareToken(r -> r.accessToken(access)).secretCode());
            cognito.verifySoftwareToken(r -> r.accessToken(access).userCode(authenticator.code(Instant.now(), -1)));
            cognito.setUserMFAPreference(r -> r.accessToken(access)
                    .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
            return authenticator;
        }
    }

    private static Flow start(OidcFlows.Browser browser, String pool, PoolFixtures.Client web) {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        Map<String, String> params = OidcFlows.authorizeParameters(web.clientId(), CALLBACK, "openid", pkce);
        return new Flow(pool, web, pkce, params, browser.openLogin(browser.authorize(pool, params)));
    }

    private static Response answer(OidcFlows.Browser browser, Flow flow, Map<String, String> fields,
                                   Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(fields);
        form.putAll(answers);
        return browser.postForm(flow.form.loginUrl() + "/challenge", form);
    }

    private record Flow(String pool, PoolFixtures.Client web, OidcFlows.Pkce pkce, Map<String, String> params,
                        OidcFlows.LoginPageForm form) {

        OidcFlows.Authorization authorization(Response done) {
            Map<String, String> callback = OidcFlows.locationParameters(done);
            return new OidcFlows.Authorization(pool, web.clientId(), CALLBACK, callback.get("code"),
                    callback.get("state"), params.get("nonce"), pkce.verifier(), callback);
        }
    }
}
