package io.gatehouse.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenID Connect code flow over RestAssured, as a browser without JavaScript would run it:
 * authorization request → hosted login page (CSRF token and cookies) → login form POST →
 * redirect to the client with the code → token endpoint. For {@code @GatehouseTest} classes.
 *
 * <p>Typical uses:
 * <pre>{@code
 * // a code for demo-web, signed in as alice (PKCE verifier, nonce and state are in the result)
 * OidcFlows.Authorization auth = OidcFlows.authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid email", ALICE, ALICE_PASSWORD);
 * Map<String, Object> tokens = OidcFlows.exchange(auth);               // public client
 * Map<String, Object> tokens = OidcFlows.exchange(auth, "secret");     // confidential client (client_secret_basic)
 *
 * // demo-web's token response for alice in one call (access_token, id_token, refresh_token…)
 * Map<String, Object> tokens = OidcFlows.demoWebTokens();
 *
 * // step by step, keeping cookies (e.g. to test SSO): one Browser is one cookie jar
 * OidcFlows.Browser browser = OidcFlows.browser();
 * browser.signIn(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", ALICE, ALICE_PASSWORD);
 * Response again = browser.authorize(DEMO_POOL, OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce()));
 * }</pre>
 * Every call fails the test (AssertionError) when a step does not answer as the happy path should.
 */
public final class OidcFlows {

    public static final String DEMO_POOL = "us-east-1_DemoPool1";
    public static final String DEMO_WEB = "demo-web";
    public static final String DEMO_CALLBACK = "http://localhost:8089/callback";
    public static final String DEMO_LOGOUT = "http://localhost:8089/";
    public static final String ALICE = "alice";
    public static final String ALICE_PASSWORD = "Alice-Passw0rd!";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

    private OidcFlows() {
    }

    /** A PKCE code verifier and its S256 challenge (RFC 7636 §4.1, §4.2). */
    public record Pkce(String verifier, String challenge) {
    }

    /** The outcome of a completed authorization: the code and everything needed to redeem it. */
    public record Authorization(String poolId, String clientId, String redirectUri, String code, String state,
                                String nonce, String codeVerifier, Map<String, String> callbackParameters) {
    }

    /** The hidden fields of a rendered login page. */
    public record LoginPageForm(String loginUrl, String transaction, String csrfToken, Response page) {
    }

    public static Browser browser() {
        return new Browser();
    }

    /** The whole flow in a fresh browser (no SSO cookie), with a random state, nonce and PKCE pair. */
    public static Authorization authorize(String poolId, String clientId, String redirectUri, String scope,
                                          String username, String password) {
        return new Browser().signIn(poolId, clientId, redirectUri, scope, username, password);
    }

    /** Just the authorization code of {@link #authorize}. */
    public static String code(String poolId, String clientId, String redirectUri, String username, String password) {
        return authorize(poolId, clientId, redirectUri, "openid", username, password).code();
    }

    /** demo-web's token response for alice with scope "openid email profile". */
    public static Map<String, Object> demoWebTokens() {
        return demoWebTokens(ALICE, ALICE_PASSWORD);
    }

    public static Map<String, Object> demoWebTokens(String username, String password) {
        return exchange(authorize(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid email profile", username, password));
    }

    /** Redeems the code at the token endpoint as a public client ({@code client_id} + {@code code_verifier}). */
    public static Map<String, Object> exchange(Authorization a) {
        return redeem(given(), a).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** Redeems the code as a confidential client authenticating with client_secret_basic. */
    public static Map<String, Object> exchange(Authorization a, String clientSecret) {
        RequestSpecification spec = given().auth().preemptive().basic(a.clientId(), clientSecret);
        return redeem(spec, a).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The token endpoint's raw answer to redeeming the code as a public client. */
    public static Response redeem(RequestSpecification spec, Authorization a) {
        return spec.contentType(ContentType.URLENC)
                .formParam("grant_type", "authorization_code").formParam("code", a.code())
                .formParam("redirect_uri", a.redirectUri()).formParam("client_id", a.clientId())
                .formParam("code_verifier", a.codeVerifier())
                .post("/" + a.poolId() + "/oauth2/token");
    }

    public static Pkce pkce() {
        String verifier = random();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code-flow request: response_type=code, S256 challenge, random state and nonce; add or replace entries freely. */
    public static Map<String, String> authorizeParameters(String clientId, String redirectUri, String scope, Pkce pkce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", clientId);
        p.put("redirect_uri", redirectUri);
        if (scope != null) {
            p.put("scope", scope);
        }
        p.put("state", random());
        p.put("nonce", random());
        p.put("code_challenge", pkce.challenge());
        p.put("code_challenge_method", "S256");
        return p;
    }

    /** The query parameters of a redirect's Location (decoded). */
    public static Map<String, String> locationParameters(Response redirect) {
        String location = redirect.getHeader("Location");
        if (location == null) {
            throw new AssertionError("Expected a redirect, got " + redirect.statusCode() + ": " + redirect.asString());
        }
        return queryParameters(URI.create(location));
    }

    /** The decoded query parameters of a URI. */
    public static Map<String, String> queryParameters(URI uri) {
        return formParameters(uri.getRawQuery());
    }

    /** Decodes an {@code application/x-www-form-urlencoded} string (a query or a form body). */
    public static Map<String, String> formParameters(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    /** The hidden inputs of an HTML page (login form, form_post response). */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** One browser: a cookie jar carried across requests, redirects never followed automatically. */
    public static final class Browser {

        private final Map<String, String> cookies = new HashMap<>();

        public Map<String, String> cookies() {
            return cookies;
        }

        /** GET {@code /{pool}/oauth2/authorize} with the parameters. */
        public Response authorize(String poolId, Map<String, String> parameters) {
            return keep(request().queryParams(parameters).get("/" + poolId + "/oauth2/authorize"));
        }

        /** Follows the authorize endpoint's redirect to the login page and reads its form. */
        public LoginPageForm openLogin(Response authorizeResponse) {
            String location = authorizeResponse.getHeader("Location");
            if (authorizeResponse.statusCode() != 303 || location == null || !location.contains("/login?tx=")) {
                throw new AssertionError("Expected a redirect to the login page, got " + authorizeResponse.statusCode()
                        + " " + location);
            }
            Response page = get(location);
            page.then().statusCode(200);
            Map<String, String> fields = hiddenFields(page.asString());
            return new LoginPageForm(location.substring(0, location.indexOf('?')), fields.get("tx"),
                    fields.get("csrf_token"), page);
        }

        /** POSTs the login form with the page's transaction and CSRF token. */
        public Response submitLogin(LoginPageForm form, String username, String password) {
            return postForm(form.loginUrl(), Map.of("tx", form.transaction(), "csrf_token", form.csrfToken(),
                    "username", username, "password", password));
        }

        public Response get(String url) {
            return keep(request().get(url));
        }

        public Response get(String url, Map<String, String> query) {
            return keep(request().queryParams(query).get(url));
        }

        public Response postForm(String url, Map<String, String> form) {
            return keep(request().contentType(ContentType.URLENC).formParams(form).post(url));
        }

        /** The whole flow in this browser; expects the login page (no usable SSO session). */
        public Authorization signIn(String poolId, String clientId, String redirectUri, String scope, String username,
                                    String password) {
            Pkce pkce = pkce();
            Map<String, String> params = authorizeParameters(clientId, redirectUri, scope, pkce);
            LoginPageForm form = openLogin(authorize(poolId, params));
            Response done = submitLogin(form, username, password);
            if (done.statusCode() != 303) {
                throw new AssertionError("Login did not complete: " + done.statusCode() + " " + done.asString());
            }
            Map<String, String> callback = locationParameters(done);
            return new Authorization(poolId, clientId, redirectUri, callback.get("code"), callback.get("state"),
                    params.get("nonce"), pkce.verifier(), callback);
        }

        private RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        private Response keep(Response response) {
            response.getDetailedCookies().forEach(c -> {
                if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
            return response;
        }
    }
}
