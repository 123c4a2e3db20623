package io.gatehouse.oidc.clientauth;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code client_secret_post}: client id and secret in the request body.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749 §2.3.1</a>
 */
@ApplicationScoped
public class ClientSecretPost implements ClientAuthMethod {

    private final ClientSecretVerifier verifier;

    public ClientSecretPost(ClientSecretVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "client_secret_post";
    }

    @Override
    public boolean appliesTo(ClientCredentials credentials) {
        return credentials.clientSecret() != null;
    }

    @Override
    public AppClient authenticate(ClientCredentials credentials, String poolId) {
        if (credentials.clientId() == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
        }
        return verifier.verify(poolId, credentials.clientId(), credentials.clientSecret());
    }
}
