package io.gatehouse.webidentity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.OidcProviderUrls;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/**
 * Fetches an external issuer's public signing keys the OpenID Connect Discovery way:
 * {@code {issuer}/.well-known/openid-configuration}, then its {@code jwks_uri}. Both must be https
 * (http only on a loopback host); redirects are not followed; each response is bounded in time and
 * size. Any failure is an {@code IDPCommunicationError}. Private key parts, if an issuer publishes
 * them, are dropped.
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig">OIDC Discovery §4</a>
 */
@ApplicationScoped
class IssuerKeyFetcher {

    private final WebIdentityConfig config;
    private final HttpClient http;

    IssuerKeyFetcher(WebIdentityConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JWKSet fetch(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        try {
            Map<String, Object> discovery = JSONObjectUtils.parse(get(base + "/.well-known/openid-configuration"));
            String jwksUri = JSONObjectUtils.getString(discovery, "jwks_uri");
            if (jwksUri == null) {
                throw failure("The discovery document of " + issuer + " has no jwks_uri");
            }
            return JWKSet.parse(get(jwksUri)).toPublicJWKSet();
        } catch (ParseException e) {
            throw failure("The discovery document or key set of " + issuer + " is not valid JSON");
        }
    }

    private String get(String url) {
        URI uri = allowed(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.httpTimeout())
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw failure(url + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(config.maxResponseBytes() + 1);
                if (bytes.length > config.maxResponseBytes()) {
                    throw failure(url + " answered more than " + config.maxResponseBytes() + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw failure("Couldn't retrieve verification key from your identity provider: " + url + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while fetching " + url);
        }
    }

    private static URI allowed(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw failure("Not a URL: " + url);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && OidcProviderUrls.isLoopback(uri.getHost());
        if (uri.getHost() == null || !(https || loopbackHttp)) {
            throw failure("Keys are only fetched over https (or http on a loopback host), not from " + url);
        }
        return uri;
    }

    private static GatehouseException failure(String message) {
        return new GatehouseException(WebIdentityError.IDP_COMMUNICATION_ERROR, message);
    }
}
