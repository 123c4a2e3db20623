package io.gatehouse.oidc.clientauth;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * Authenticates the client of a token, revocation or introspection request with exactly one
 * registered method: "The client MUST NOT use more than one authentication method in each
 * request" (RFC 6749 §2.3).
 */
@ApplicationScoped
public class ClientAuthenticator {

    private final List<ClientAuthMethod> methods;

    public ClientAuthenticator(Instance<ClientAuthMethod> methods) {
        this.methods = methods.stream().toList();
    }

    public AppClient authenticate(ClientCredentials credentials, String poolId) {
        List<ClientAuthMethod> applicable = methods.stream().filter(m -> m.appliesTo(credentials)).toList();
        if (applicable.size() > 1) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "More than one client authentication method was used");
        }
        if (applicable.isEmpty()) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
        }
        return applicable.get(0).authenticate(credentials, poolId);
    }

    public List<String> methodNames() {
        return methods.stream().map(ClientAuthMethod::name).sorted().toList();
    }
}
