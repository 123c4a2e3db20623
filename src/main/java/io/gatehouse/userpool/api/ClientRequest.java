package io.gatehouse.userpool.api;

import io.gatehouse.api.RequestInput;
import io.gatehouse.userpool.ClientSettings;
import io.gatehouse.userpool.ClientSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing an app client. {@code generateSecret} (creation only) makes a
 * confidential client whose secret is returned once. Omitted lifetimes take Cognito's defaults:
 * <pre>{"name": "web", "generateSecret": false, "grantTypes": ["authorization_code", "refresh_token"],
 *  "scopes": ["openid", "email"], "callbackUrls": ["https://app.example.com/callback"]}</pre>
 */
@Schema(name = "ClientRequest")
public record ClientRequest(
        @Schema(required = true, example = "web") String name,
        @Schema(description = "Create a confidential client with a secret; creation only") Boolean generateSecret,
        @Schema(example = "[\"authorization_code\", \"refresh_token\"]") Set<String> grantTypes,
        List<String> scopes,
        List<String> callbackUrls,
        List<String> logoutUrls,
        @Schema(description = "300 to 86400, default 3600") Long accessTokenValiditySeconds,
        @Schema(description = "300 to 86400, default 3600") Long idTokenValiditySeconds,
        @Schema(description = "3600 to 315360000, default 2592000") Long refreshTokenValiditySeconds,
        @Schema(description = "Public keys (JSON Web Key Set) for private_key_jwt client authentication")
        Map<String, Object> jwks,
        @Schema(description = "App sign-in settings (explicit auth flows, attribute permissions...); absent means defaults")
        ClientSettings settings) {

    ClientSpec toSpec() {
        return new ClientSpec(name, RequestInput.noNulls(grantTypes, "grantTypes"), RequestInput.noNulls(scopes, "scopes"),
                RequestInput.noNulls(callbackUrls, "callbackUrls"), RequestInput.noNulls(logoutUrls, "logoutUrls"),
                accessTokenValiditySeconds, idTokenValiditySeconds, refreshTokenValiditySeconds, JwksJson.write(jwks),
                settings);
    }
}
