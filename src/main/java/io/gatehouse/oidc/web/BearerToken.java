package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.BearerTokenException;
import io.gatehouse.oidc.message.OAuthError;

/**
 * Extracts a bearer token from the Authorization header (RFC 6750 §2.1) or, for a form POST,
 * the {@code access_token} body parameter (§2.2) — never both.
 */
final class BearerToken {

    private BearerToken() {
    }

    static String extract(String authorization, String formToken) {
        boolean inHeader = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (inHeader && formToken != null) {
            throw new BearerTokenException(OAuthError.INVALID_REQUEST, "The access token was sent more than once");
        }
        String token = inHeader ? authorization.substring(7).trim() : formToken;
        if (token == null || token.isEmpty()) {
            throw BearerTokenException.missing();
        }
        return token;
    }
}
