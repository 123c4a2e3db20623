package io.gatehouse.oidc.message;

import io.gatehouse.oidc.message.OAuthNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A token endpoint request (RFC 6749 §4.1.3, §4.4.2, §6), parsed from its form body. Only
 * syntax is checked here; the grant handler applies the rules. Client credentials are parsed
 * separately by client authentication.
 *
 * <p>Example: {@code grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA
 * &redirect_uri=https%3A%2F%2Fclient.example.com%2Fcb&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk}
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</a>
 */
public record TokenRequest(String grantType, String code, String redirectUri, String codeVerifier,
                           String refreshToken, String scope) {

    public static TokenRequest parse(Map<String, List<String>> form) {
        FormParameters p = new FormParameters(form);
        return new TokenRequest(p.required(OAuthNames.GRANT_TYPE), p.optional(OAuthNames.CODE),
                p.optional(OAuthNames.REDIRECT_URI), p.optional(OAuthNames.CODE_VERIFIER),
                p.optional(OAuthNames.REFRESH_TOKEN), p.optional(OAuthNames.SCOPE));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, OAuthNames.GRANT_TYPE, grantType);
        put(out, OAuthNames.CODE, code);
        put(out, OAuthNames.REDIRECT_URI, redirectUri);
        put(out, OAuthNames.CODE_VERIFIER, codeVerifier);
        put(out, OAuthNames.REFRESH_TOKEN, refreshToken);
        put(out, OAuthNames.SCOPE, scope);
        return out;
    }

    private static void put(Map<String, List<String>> out, String name, String value) {
        if (value != null) {
            out.put(name, List.of(value));
        }
    }
}
