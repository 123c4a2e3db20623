package io.gatehouse.bench.load;

import java.util.Map;

/** The token endpoint as the confidential app client ({@code app.client-id}, {@code client_secret_basic}). */
final class TokenEndpoint {

    private final String url;
    private final String authorization;

    TokenEndpoint(Target target) throws Exception {
        url = target.endpoint("token_endpoint");
        authorization = Http.basic(target.get("app.client-id"), target.get("app.client-secret"));
    }

    Tokens post(Http http, String step, Map<String, String> form) throws Exception {
        return Tokens.parse(step, http.postForm(url, form, "Authorization", authorization));
    }

    /** {@code grant_type=refresh_token}; keeps the presented refresh token when the server does not rotate. */
    Tokens refresh(Http http, String step, String refreshToken) throws Exception {
        return post(http, step, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                .orRefreshToken(refreshToken);
    }
}
