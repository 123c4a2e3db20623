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
        ClientAuthMethod applicable = null;
        for (ClientAuthMethod method : methods) {
            if (method.appliesTo(credentials)) {
                if (applicable != null) {
                    throw new OAuthException(OAuthError.INVALID_REQUEST, "More than one client authentication method was used");
                }
                applicable = method;
            }
        }
        if (applicable == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
        }
        return applicable.authenticate(credentials, poolId);
    }

    public List<String> methodNames() {
        return methods.stream().map(ClientAuthMethod::name).sorted().toList();
    }
}
