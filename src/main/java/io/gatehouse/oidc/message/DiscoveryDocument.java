package io.gatehouse.oidc.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provider metadata of a pool (OpenID Connect Discovery 1.0 §3 and RFC 8414 §2).
 *
 * <p>Example (abridged): {@code {"issuer":"http://localhost:8080/us-east-1_DemoPool1",
 * "authorization_endpoint":"http://localhost:8080/us-east-1_DemoPool1/oauth2/authorize",
 * "jwks_uri":"http://localhost:8080/us-east-1_DemoPool1/.well-known/jwks.json", …}}
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata">Discovery §3</a>
 */
public record DiscoveryDocument(String issuer, List<String> tokenEndpointAuthMethods,
                                List<String> assertionAlgorithms) {

    public DiscoveryDocument {
        tokenEndpointAuthMethods = List.copyOf(tokenEndpointAuthMethods);
        assertionAlgorithms = List.copyOf(assertionAlgorithms);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer);
        m.put("authorization_endpoint", issuer + "/oauth2/authorize");
        m.put("token_endpoint", issuer + "/oauth2/token");
        m.put("userinfo_endpoint", issuer + "/oauth2/userInfo");
        m.put("jwks_uri", issuer + "/.well-known/jwks.json");
        m.put("revocation_endpoint", issuer + "/oauth2/revoke");
        m.put("introspection_endpoint", issuer + "/oauth2/introspect");
        m.put("end_session_endpoint", issuer + "/logout");
        m.put("scopes_supported", List.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"));
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query", "form_post"));
        m.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        m.put("subject_types_supported", List.of("public"));
        m.put("id_token_signing_alg_values_supported", List.of("RS256"));
        m.put("token_endpoint_auth_methods_supported", tokenEndpointAuthMethods);
        m.put("token_endpoint_auth_signing_alg_values_supported", assertionAlgorithms);
        m.put("revocation_endpoint_auth_methods_supported", tokenEndpointAuthMethods);
        m.put("introspection_endpoint_auth_methods_supported",
                tokenEndpointAuthMethods.stream().filter(method -> !"none".equals(method)).toList());
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("prompt_values_supported", List.of("none", "login"));
        m.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "amr",
                "token_use", "cognito:username", "cognito:groups", "email", "email_verified", "phone_number",
                "phone_number_verified", "name", "given_name", "family_name", "preferred_username"));
        m.put("claims_parameter_supported", false);
        m.put("request_parameter_supported", false);
        m.put("request_uri_parameter_supported", false);
        m.put("authorization_response_iss_parameter_supported", true);
        return m;
    }

    public static DiscoveryDocument parse(Map<String, Object> json) {
        @SuppressWarnings("unchecked")
        List<String> methods = (List<String>) json.get("token_endpoint_auth_methods_supported");
        @SuppressWarnings("unchecked")
        List<String> algorithms = (List<String>) json.get("token_endpoint_auth_signing_alg_values_supported");
        return new DiscoveryDocument((String) json.get("issuer"), methods, algorithms);
    }
}
