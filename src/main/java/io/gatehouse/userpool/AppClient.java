package io.gatehouse.userpool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An app client of a pool. A client with a secret hash, or with registered public keys
 * ({@code jwks}, for private_key_jwt), is confidential; without either it is public and must use
 * PKCE. Token lifetimes follow Cognito's defaults and bounds.
 */
public record AppClient(
        String clientId,
        String poolId,
        String name,
        String secretHash,
        Set<String> grantTypes,
        List<String> scopes,
        List<String> callbackUrls,
        List<String> logoutUrls,
        Duration accessTokenValidity,
        Duration idTokenValidity,
        Duration refreshTokenValidity,
        String jwks,
        ClientSettings settings,
        Instant createdAt,
        Instant updatedAt) {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final Set<String> KNOWN_GRANT_TYPES = Set.of(AUTHORIZATION_CODE, REFRESH_TOKEN, CLIENT_CREDENTIALS);

    public AppClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(poolId, "poolId");
        grantTypes = Set.copyOf(grantTypes);
        scopes = List.copyOf(scopes);
        callbackUrls = List.copyOf(callbackUrls);
        logoutUrls = List.copyOf(logoutUrls);
        settings = settings == null ? ClientSettings.DEFAULT : settings;
    }

    public AppClient withSecretHash(String newSecretHash, Instant now) {
        return new AppClient(clientId, poolId, name, newSecretHash, grantTypes, scopes, callbackUrls, logoutUrls,
                accessTokenValidity, idTokenValidity, refreshTokenValidity, jwks, settings, createdAt, now);
    }

    public boolean isConfidential() {
        return secretHash != null || jwks != null;
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }
}
