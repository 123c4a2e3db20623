package io.gatehouse.userpool;

import java.util.List;
import java.util.Set;

/**
 * The settable part of an app client, as given by an administrator or a realm file.
 * Null lifetimes take Cognito's defaults. {@code jwks} is the JSON JWK Set of the public keys a
 * private_key_jwt client signs its assertions with, or null. {@code settings} null means defaults.
 */
public record ClientSpec(
        String name,
        Set<String> grantTypes,
        List<String> scopes,
        List<String> callbackUrls,
        List<String> logoutUrls,
        Long accessTokenSeconds,
        Long idTokenSeconds,
        Long refreshTokenSeconds,
        String jwks,
        ClientSettings settings) {

    public ClientSpec {
        grantTypes = grantTypes == null ? Set.of() : Set.copyOf(grantTypes);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        callbackUrls = callbackUrls == null ? List.of() : List.copyOf(callbackUrls);
        logoutUrls = logoutUrls == null ? List.of() : List.copyOf(logoutUrls);
        settings = settings == null ? ClientSettings.DEFAULT : settings;
    }

    /** A spec with default sign-in settings. */
    public ClientSpec(String name, Set<String> grantTypes, List<String> scopes, List<String> callbackUrls,
                      List<String> logoutUrls, Long accessTokenSeconds, Long idTokenSeconds, Long refreshTokenSeconds,
                      String jwks) {
        this(name, grantTypes, scopes, callbackUrls, logoutUrls, accessTokenSeconds, idTokenSeconds,
                refreshTokenSeconds, jwks, null);
    }
}
