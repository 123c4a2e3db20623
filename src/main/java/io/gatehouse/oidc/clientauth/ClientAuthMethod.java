package io.gatehouse.oidc.clientauth;

import io.gatehouse.userpool.AppClient;

/**
 * One client authentication method, as registered in discovery's
 * {@code token_endpoint_auth_methods_supported}. {@link ClientAuthenticator} picks the single
 * method that applies to a request.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication">OIDC Core §9</a>
 */
public interface ClientAuthMethod {

    String name();

    boolean appliesTo(ClientCredentials credentials);

    /** Authenticates the client of {@code poolId} or throws {@code invalid_client}. */
    AppClient authenticate(ClientCredentials credentials, String poolId);
}
