package io.gatehouse.oidc.message;

import io.gatehouse.oidc.message.OAuthNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A successful token response (RFC 6749 §5.1, OIDC Core §3.1.3.3). ID and refresh tokens are
 * absent where the grant does not issue them.
 *
 * <p>Example: {@code {"access_token":"eyJ…","id_token":"eyJ…","refresh_token":"8xLOxBtZp8",
 * "token_type":"Bearer","expires_in":3600}}
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
public record TokenResponse(String accessToken, String idToken, String refreshToken, long expiresIn, String scope) {

    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(OAuthNames.ACCESS_TOKEN, accessToken);
        if (idToken != null) {
            out.put(OAuthNames.ID_TOKEN, idToken);
        }
        if (refreshToken != null) {
            out.put(OAuthNames.REFRESH_TOKEN, refreshToken);
        }
        out.put(OAuthNames.TOKEN_TYPE, OAuthNames.BEARER);
        out.put(OAuthNames.EXPIRES_IN, expiresIn);
        if (scope != null) {
            out.put(OAuthNames.SCOPE, scope);
        }
        return out;
    }

    public static TokenResponse parse(Map<String, Object> json) {
        Object scope = json.get(OAuthNames.SCOPE);
        return new TokenResponse((String) json.get(OAuthNames.ACCESS_TOKEN), (String) json.get(OAuthNames.ID_TOKEN),
                (String) json.get(OAuthNames.REFRESH_TOKEN), ((Number) json.get(OAuthNames.EXPIRES_IN)).longValue(),
                scope == null ? null : scope.toString());
    }
}
