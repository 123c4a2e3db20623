package io.gatehouse.oidc.clientauth;

/**
 * What a request offers to authenticate its client: the HTTP Authorization header, the
 * {@code client_id}/{@code client_secret} form parameters (RFC 6749 §2.3.1) and a
 * {@code client_assertion} with its type (RFC 7523 §2.2).
 */
public record ClientCredentials(String authorizationHeader, String clientId, String clientSecret,
                                String clientAssertionType, String clientAssertion) {

    public boolean hasAssertion() {
        return clientAssertionType != null || clientAssertion != null;
    }

    public boolean hasBasicHeader() {
        return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
