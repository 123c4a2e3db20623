package io.gatehouse.oidc.clientauth;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code client_secret_basic}: "The client identifier is encoded using the
 * application/x-www-form-urlencoded encoding algorithm … and the encoded value is used as the
 * username; the client password is encoded using the same algorithm and used as the password."
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749 §2.3.1</a>
 */
@ApplicationScoped
public class ClientSecretBasic implements ClientAuthMethod {

    private final ClientSecretVerifier verifier;

    public ClientSecretBasic(ClientSecretVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "client_secret_basic";
    }

    @Override
    public boolean appliesTo(ClientCredentials credentials) {
        return credentials.hasBasicHeader();
    }

    @Override
    public AppClient authenticate(ClientCredentials credentials, String poolId) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials.authorizationHeader().substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
        }
        String clientId;
        String secret;
        try {
            clientId = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
        }
        if (credentials.clientId() != null && !credentials.clientId().equals(clientId)) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "client_id does not match the authenticated client");
        }
        return verifier.verify(poolId, clientId, secret);
    }
}
