package io.gatehouse.oidc.message;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An authorization request of the code flow (RFC 6749 §4.1.1, OIDC Core §3.1.2.1, RFC 7636 §4.3),
 * parsed from the query or form. Only syntax is checked here (repeated parameters, {@code max_age}
 * format); the authorize endpoint's validation steps apply the rules. {@link #parse} and
 * {@link #toParameters} are exact inverses.
 *
 * <p>Example: {@code response_type=code&client_id=demo-web
 * &redirect_uri=http%3A%2F%2Flocalhost%3A8089%2Fcallback&scope=openid%20email&state=af0ifjsldkj
 * &nonce=n-0S6_WzA2Mj&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256}
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest">OIDC Core §3.1.2.1</a>
 */
public record AuthorizationRequest(String responseType, String clientId, String redirectUri, String scope,
                                   String state, String nonce, String codeChallenge, String codeChallengeMethod,
                                   String responseMode, Set<String> prompt, Long maxAge, String loginHint) {

    public static final String PROMPT_NONE = "none";
    public static final String PROMPT_LOGIN = "login";
    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("[0-9]{1,10}");

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        prompt = prompt == null ? Set.of() : Set.copyOf(prompt);
    }

    /** Parses request parameters; "parameters sent without a value MUST be treated as if they were omitted" (RFC 6749 §3.1). */
    public static AuthorizationRequest parse(Map<String, List<String>> parameters) {
        FormParameters p = new FormParameters(parameters);
        return new AuthorizationRequest(p.optional(OAuthNames.RESPONSE_TYPE), p.required(OAuthNames.CLIENT_ID),
                p.required(OAuthNames.REDIRECT_URI), p.optional(OAuthNames.SCOPE), p.optional(OAuthNames.STATE),
                p.optional(OAuthNames.NONCE), p.optional(OAuthNames.CODE_CHALLENGE),
                p.optional(OAuthNames.CODE_CHALLENGE_METHOD), p.optional(OAuthNames.RESPONSE_MODE),
                parsePrompt(p.optional(OAuthNames.PROMPT)), parseMaxAge(p.optional(OAuthNames.MAX_AGE)),
                p.optional(OAuthNames.LOGIN_HINT));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, OAuthNames.RESPONSE_TYPE, responseType);
        put(out, OAuthNames.CLIENT_ID, clientId);
        put(out, OAuthNames.REDIRECT_URI, redirectUri);
        put(out, OAuthNames.SCOPE, scope);
        put(out, OAuthNames.STATE, state);
        put(out, OAuthNames.NONCE, nonce);
        put(out, OAuthNames.CODE_CHALLENGE, codeChallenge);
        put(out, OAuthNames.CODE_CHALLENGE_METHOD, codeChallengeMethod);
        put(out, OAuthNames.RESPONSE_MODE, responseMode);
        put(out, OAuthNames.PROMPT, prompt.isEmpty() ? null : String.join(" ", new TreeSet<>(prompt)));
        put(out, OAuthNames.MAX_AGE, maxAge == null ? null : maxAge.toString());
        put(out, OAuthNames.LOGIN_HINT, loginHint);
        return out;
    }

    public AuthorizationRequest withScope(String newScope) {
        return new AuthorizationRequest(responseType, clientId, redirectUri, newScope, state, nonce, codeChallenge,
                codeChallengeMethod, responseMode, prompt, maxAge, loginHint);
    }

    /** The response mode to answer with; an unknown value falls back to the default, {@code query}. */
    public ResponseMode effectiveResponseMode() {
        return ResponseMode.parse(responseMode).orElse(ResponseMode.QUERY);
    }

    public boolean hasPrompt(String value) {
        return prompt.contains(value);
    }

    /** The requested scope values, in order, without repeats. */
    public List<String> scopeValues() {
        return scope == null ? List.of() : Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Set<String> parsePrompt(String value) {
        return value == null ? Set.of()
                : Arrays.stream(value.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** "max_age … Specifies the allowable elapsed time in seconds" — a non-negative integer. */
    private static Long parseMaxAge(String value) {
        if (value == null) {
            return null;
        }
        if (!NON_NEGATIVE_INTEGER.matcher(value).matches()) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "max_age must be a non-negative integer");
        }
        return Long.valueOf(value);
    }

    private static void put(Map<String, List<String>> out, String name, String value) {
        if (value != null) {
            out.put(name, List.of(value));
        }
    }
}
