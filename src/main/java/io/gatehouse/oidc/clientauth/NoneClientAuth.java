package io.gatehouse.oidc.clientauth;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code none}: a public client identifies itself with {@code client_id} only; PKCE binds its
 * code. A confidential client can never use it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636">RFC 7636</a>
 */
@ApplicationScoped
public class NoneClientAuth implements ClientAuthMethod {

    private final ClientSecretVerifier verifier;

    public NoneClientAuth(ClientSecretVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean appliesTo(ClientCredentials credentials) {
        return !credentials.hasBasicHeader() && credentials.clientSecret() == null && !credentials.hasAssertion()
                && credentials.clientId() != null;
    }

    @Override
    public AppClient authenticate(ClientCredentials credentials, String poolId) {
        AppClient client = verifier.publicOrConfidential(poolId, credentials.clientId());
        if (client.isConfidential()) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
        }
        return client;
    }
}
