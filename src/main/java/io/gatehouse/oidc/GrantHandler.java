package io.gatehouse.oidc;

import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.userpool.AppClient;

/**
 * One grant type of the token endpoint. Handlers are CDI beans collected by the endpoint and
 * keyed by {@link #grantType()}; the endpoint has no branch per grant type.
 */
public interface GrantHandler {

    String grantType();

    /** Applies the grant's rules for an authenticated client; throws {@link OAuthException} on any failure. */
    TokenResponse handle(TokenRequest request, AppClient client);
}
