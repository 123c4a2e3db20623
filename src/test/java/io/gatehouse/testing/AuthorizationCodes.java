package io.gatehouse.testing;

import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.OidcFlows.Authorization;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alice's authorization codes in the demo pool, obtained through {@link OidcFlows}' browser, and
 * token requests that redeem them with one parameter changed, for token endpoint tests.
 * <pre>{@code
 * Authorization auth = AuthorizationCodes.alice();
 * Response r = AuthorizationCodes.redeem(auth, Map.of("redirect_uri", "http://localhost:8089/other"));
 * }</pre>
 */
public final class AuthorizationCodes {

    public static final String SCOPE = "openid email profile";

    private AuthorizationCodes() {
    }

    /** Alice's code for demo-web, scope openid email profile, random PKCE pair. */
    public static Authorization alice() {
        return OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, SCOPE, ALICE, ALICE_PASSWORD);
    }

    /** Alice's code for a client of the demo pool with a chosen code_challenge (the verifier is unknown: null). */
    public static Authorization aliceWithChallenge(String clientId, String challenge) {
        Map<String, String> params = OidcFlows.authorizeParameters(clientId, DEMO_CALLBACK, SCOPE, OidcFlows.pkce());
        params.put("code_challenge", challenge);
        return signIn(clientId, params);
    }

    /** Alice's code for a (confidential) client of the demo pool, requested without PKCE. */
    public static Authorization aliceWithoutPkce(String clientId) {
        Map<String, String> params = OidcFlows.authorizeParameters(clientId, DEMO_CALLBACK, SCOPE, OidcFlows.pkce());
        params.remove("code_challenge");
        params.remove("code_challenge_method");
        return signIn(clientId, params);
    }

    /** Redeems as a public demo-pool client (client_id + code_verifier when known), with some parameters replaced. */
    public static Response redeem(Authorization auth, Map<String, String> overrides) {
        Map<String, String> form = form(auth);
        form.putAll(overrides);
        return given().contentType(ContentType.URLENC).formParams(form).post(tokenPath());
    }

    /** Redeems as a public demo-pool client with one parameter left out. */
    public static Response redeemWithout(Authorization auth, String parameter) {
        Map<String, String> form = form(auth);
        form.remove(parameter);
        return given().contentType(ContentType.URLENC).formParams(form).post(tokenPath());
    }

    /** BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2. */
    public static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    /** The at_hash of an RS256 ID token: left half of SHA-256 of the access token (OIDC Core §3.1.3.6). */
    public static String atHash(String accessToken) {
        byte[] hash = sha256(accessToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
    }

    /** A user's sub as the admin API reports it. */
    public static String sub(String poolId, String username) {
        return SignedRequests.root().get("/api/v1/user-pools/" + poolId + "/users/" + username)
                .then().statusCode(200).extract().jsonPath().getString("sub");
    }

    private static Authorization signIn(String clientId, Map<String, String> params) {
        OidcFlows.Browser browser = OidcFlows.browser();
        Response done = browser.submitLogin(browser.openLogin(browser.authorize(DEMO_POOL, params)), ALICE, ALICE_PASSWORD);
        assertThat(done.statusCode()).as("login: %s", done.asString()).isEqualTo(303);
        Map<String, String> callback = OidcFlows.locationParameters(done);
        return new Authorization(DEMO_POOL, clientId, DEMO_CALLBACK, callback.get("code"), callback.get("state"),
                params.get("nonce"), null, callback);
    }

    /** The token request form that redeems the code as a public demo-pool client (client_id + code_verifier when known). */
    public static Map<String, String> form(Authorization auth) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", auth.code());
        form.put("redirect_uri", auth.redirectUri());
        form.put("client_id", auth.clientId());
        if (auth.codeVerifier() != null) {
            form.put("code_verifier", auth.codeVerifier());
        }
        return form;
    }

    private static String tokenPath() {
        return "/" + DEMO_POOL + "/oauth2/token";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
