package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * The rules an app client's settings must satisfy, as Cognito applies them: callback and logout
 * URLs absolute, HTTPS except on loopback hosts, no fragment; scopes known to the pool; a public
 * client cannot use client_credentials; the code grant needs a callback URL.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2">RFC 6749 §3.1.2</a>
 */
final class ClientSpecValidator {

    static final Set<String> OIDC_SCOPES = Set.of("openid", "email", "profile", "phone", "aws.cognito.signin.user.admin");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int MAX_JWKS = 16_384;

    private ClientSpecValidator() {
    }

    static void validate(ClientSpec spec, boolean confidential, List<ResourceServer> servers) {
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 128) {
            throw invalid("name must be 1 to 128 characters");
        }
        for (String g : spec.grantTypes()) {
            if (!AppClient.KNOWN_GRANT_TYPES.contains(g)) {
                throw invalid("Unsupported grant type: " + g);
            }
        }
        if (!confidential && spec.grantTypes().contains(AppClient.CLIENT_CREDENTIALS)) {
            throw invalid("client_credentials requires a client with a secret");
        }
        if (spec.grantTypes().contains(AppClient.CLIENT_CREDENTIALS) && spec.grantTypes().contains(AppClient.AUTHORIZATION_CODE)) {
            throw invalid("client_credentials cannot be combined with authorization_code, as in Cognito");
        }
        if (spec.grantTypes().contains(AppClient.AUTHORIZATION_CODE) && spec.callbackUrls().isEmpty()) {
            throw invalid("authorization_code requires at least one callback URL");
        }
        spec.callbackUrls().forEach(u -> requireUrl(u, "callback URL"));
        spec.logoutUrls().forEach(u -> requireUrl(u, "logout URL"));
        Set<String> custom = servers.stream().flatMap(s -> s.qualifiedScopes().stream()).collect(java.util.stream.Collectors.toSet());
        for (String scope : spec.scopes()) {
            if (!OIDC_SCOPES.contains(scope) && !custom.contains(scope)) {
                throw invalid("Unknown scope: " + scope);
            }
        }
        if (spec.grantTypes().contains(AppClient.CLIENT_CREDENTIALS)
                && spec.scopes().stream().anyMatch(OIDC_SCOPES::contains)) {
            throw invalid("client_credentials clients may only have resource server scopes");
        }
        if (spec.jwks() != null) {
            requirePublicSigningKeys(spec.jwks());
        }
    }

    /** A private_key_jwt client registers 1 to 10 public RSA or EC keys; a private key here would be a leak. */
    private static void requirePublicSigningKeys(String jwks) {
        JWKSet set;
        try {
            set = jwks.length() > MAX_JWKS ? null : JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw invalid("jwks is not a valid JSON Web Key Set");
        }
        if (set == null || set.getKeys().isEmpty() || set.getKeys().size() > 10) {
            throw invalid("jwks must hold 1 to 10 keys and at most " + MAX_JWKS + " characters");
        }
        for (JWK key : set.getKeys()) {
            if (key.isPrivate()) {
                throw invalid("jwks must contain public keys only");
            }
            if (!(key instanceof RSAKey) && !(key instanceof ECKey)) {
                throw invalid("jwks keys must be RSA or EC keys");
            }
        }
    }

    private static void requireUrl(String url, String what) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw invalid("Invalid " + what);
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null || url.length() > 1024) {
            throw invalid(what + " must be an absolute URL without a fragment: " + url);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
        if (!https && !loopbackHttp) {
            throw invalid(what + " must use https (http only for localhost): " + url);
        }
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
