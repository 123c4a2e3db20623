package io.gatehouse.bench.load;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authorization-code flow as a browser without JavaScript runs it, for the confidential app
 * client ({@code app.client-id}, {@code app.redirect-uri}, {@code app.scope}) with PKCE S256, a
 * state and a nonce: authorization request, the server's login page, the redirect with the code,
 * and the code exchange. Each sign-in starts with an empty cookie jar, so no SSO session is reused.
 */
final class CodeFlow implements SignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String authorizationEndpoint;
    private final TokenEndpoint tokens;
    private final LoginForm login;
    private final String clientId;
    private final String redirectUri;
    private final String scope;

    CodeFlow(Target target) throws Exception {
        authorizationEndpoint = target.endpoint("authorization_endpoint");
        tokens = new TokenEndpoint(target);
        login = LoginForm.of(target);
        clientId = target.get("app.client-id");
        redirectUri = target.get("app.redirect-uri");
        scope = target.get("app.scope");
    }

    /** The login page's exchanges and the code exchange. */
    int exchanges() {
        return login.exchanges() + 1;
    }

    @Override
    public Tokens signIn(Http http, Target.User user) throws Exception {
        String verifier = random();
        String state = random();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", clientId);
        request.put("redirect_uri", redirectUri);
        request.put("scope", scope);
        request.put("state", state);
        request.put("nonce", random());
        request.put("code_challenge", challenge(verifier));
        request.put("code_challenge_method", "S256");
        URI authorization = URI.create(authorizationEndpoint + "?" + Http.form(request));
        Map<String, String> callback = callback(login.signIn(http, authorization, new Cookies(), user));
        if (!state.equals(callback.get("state")) || callback.get("code") == null) {
            throw new LoadFailure("login: the redirect to the client has no code or another state"
                    + (callback.containsKey("error") ? " (error " + callback.get("error") + ")" : ""));
        }
        Tokens issued = tokens.post(http, "code exchange", Map.of("grant_type", "authorization_code",
                "code", callback.get("code"), "redirect_uri", redirectUri, "code_verifier", verifier));
        if (issued.idToken() == null) {
            throw new LoadFailure("code exchange: no id_token for scope openid");
        }
        return issued;
    }

    private Map<String, String> callback(URI location) throws LoadFailure {
        String url = location.toString();
        if (!url.startsWith(redirectUri + "?")) {
            throw new LoadFailure("login: redirected to " + location.getPath() + ", not to the client");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
