package io.gatehouse.oidc.clientauth;

/**
 * What a request offers to authenticate its client: the HTTP Authorization header and the
 * {@code client_id}/{@code client_secret} form parameters (RFC 6749 §2.3.1).
 */
public record ClientCredentials(String authorizationHeader, String clientId, String clientSecret) {

    public boolean hasBasicHeader() {
        return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
