package io.gatehouse.iam.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of registering an OIDC provider, e.g. {@code {"url": "https://token.example.com",
 * "clientIds": ["my-app"], "thumbprints": []}}.
 */
@Schema(name = "OidcProviderRequest")
public record OidcProviderRequest(
        @Schema(description = "https URL of the issuer (http only for localhost, 127.0.0.1, [::1])",
                example = "https://token.example.com") String url,
        @Schema(description = "Accepted audiences, at most 100") List<String> clientIds,
        @Schema(description = "0 to 5 SHA-1 certificate thumbprints, 40 hex digits each") List<String> thumbprints,
        Map<String, String> tags) {
}
