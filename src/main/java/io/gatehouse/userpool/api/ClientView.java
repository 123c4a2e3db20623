package io.gatehouse.userpool.api;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.ClientSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An app client as the native API shows it: never its secret nor the secret's hash. */
@Schema(name = "Client")
public record ClientView(
        @Schema(example = "4p2kq8w1z0c7x5v3n9m6b1l0ad") String clientId,
        String poolId,
        String name,
        @Schema(description = "True when the client has a secret or registered keys") boolean confidential,
        List<String> grantTypes,
        List<String> scopes,
        List<String> callbackUrls,
        List<String> logoutUrls,
        long accessTokenValiditySeconds,
        long idTokenValiditySeconds,
        long refreshTokenValiditySeconds,
        @Schema(description = "Public keys for private_key_jwt, if registered") Map<String, Object> jwks,
        ClientSettings settings,
        Instant createdAt,
        Instant updatedAt) {

    static ClientView of(AppClient c) {
        return new ClientView(c.clientId(), c.poolId(), c.name(), c.isConfidential(),
                c.grantTypes().stream().sorted().toList(), c.scopes(), c.callbackUrls(), c.logoutUrls(),
                c.accessTokenValidity().toSeconds(), c.idTokenValidity().toSeconds(),
                c.refreshTokenValidity().toSeconds(), JwksJson.read(c.jwks()), c.settings(), c.createdAt(), c.updatedAt());
    }
}
