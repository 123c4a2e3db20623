package io.gatehouse.oidc.message;

import io.gatehouse.oidc.message.OAuthNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RP-initiated logout request. Cognito's {@code logout_uri} is accepted as an alias of
 * {@code post_logout_redirect_uri}; {@link #redirectUri()} is whichever was sent. Syntax only:
 * a repeated parameter fails {@link #parse}; the logout endpoint checks the rules.
 *
 * <p>Example: {@code id_token_hint=eyJ…&client_id=demo-web
 * &post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8089%2F&state=xyz}
 *
 * @see <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout">RP-Initiated Logout §2</a>
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html">Cognito logout endpoint</a>
 */
public record LogoutRequest(String idTokenHint, String clientId, String postLogoutRedirectUri, String logoutUri,
                            String state) {

    public static final String LOGOUT_URI = "logout_uri";

    public static LogoutRequest parse(Map<String, List<String>> parameters) {
        FormParameters p = new FormParameters(parameters);
        return new LogoutRequest(p.optional(OAuthNames.ID_TOKEN_HINT), p.optional(OAuthNames.CLIENT_ID),
                p.optional(OAuthNames.POST_LOGOUT_REDIRECT_URI), p.optional(LOGOUT_URI), p.optional(OAuthNames.STATE));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, OAuthNames.ID_TOKEN_HINT, idTokenHint);
        put(out, OAuthNames.CLIENT_ID, clientId);
        put(out, OAuthNames.POST_LOGOUT_REDIRECT_URI, postLogoutRedirectUri);
        put(out, LOGOUT_URI, logoutUri);
        put(out, OAuthNames.STATE, state);
        return out;
    }

    /** The requested redirect after logout, under either name; null when none was sent. */
    public String redirectUri() {
        return postLogoutRedirectUri != null ? postLogoutRedirectUri : logoutUri;
    }

    /** Both names sent with different values: ambiguous, so refused. */
    public boolean hasConflictingRedirects() {
        return postLogoutRedirectUri != null && logoutUri != null && !postLogoutRedirectUri.equals(logoutUri);
    }

    private static void put(Map<String, List<String>> out, String name, String value) {
        if (value != null) {
            out.put(name, List.of(value));
        }
    }
}
