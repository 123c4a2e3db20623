package io.gatehouse.oidc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** parse and toParameters/toJson of the token endpoint messages are exact inverses. */
class TokenMessagesTest {

    @Test
    void tokenRequestWhenRoundTrippedThenEqual() {
        TokenRequest request = new TokenRequest("authorization_code", "SplxlOBeZQQYbYS6WxSbIA",
                "https://client.example.com/cb", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", null, "openid email");

        assertThat(TokenRequest.parse(request.toParameters())).isEqualTo(request);
    }

    @Test
    void tokenRequestWhenParameterRepeatedThenInvalidRequest() {
        assertThatThrownBy(() -> TokenRequest.parse(Map.of("grant_type", List.of("client_credentials", "password"))))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).error()).isEqualTo(OAuthError.INVALID_REQUEST));
    }

    @Test
    void tokenRequestWhenGrantTypeMissingOrEmptyThenInvalidRequest() {
        assertThatThrownBy(() -> TokenRequest.parse(Map.of())).isInstanceOf(OAuthException.class);
        assertThatThrownBy(() -> TokenRequest.parse(Map.of("grant_type", List.of("")))).isInstanceOf(OAuthException.class);
    }

    @Test
    void tokenResponseWhenRoundTrippedThenEqual() {
        TokenResponse full = new TokenResponse("eyJ.access", "eyJ.id", "8xLOxBtZp8", 3600, "openid email");
        TokenResponse machine = new TokenResponse("eyJ.access", null, null, 300, "https://api.example/read");

        assertThat(TokenResponse.parse(full.toJson())).isEqualTo(full);
        assertThat(TokenResponse.parse(machine.toJson())).isEqualTo(machine);
        assertThat(machine.toJson()).doesNotContainKeys("id_token", "refresh_token").containsEntry("token_type", "Bearer");
    }

    @Test
    void discoveryDocumentWhenRoundTrippedThenEqual() {
        DiscoveryDocument doc = new DiscoveryDocument("http://localhost:8080/us-east-1_DemoPool1",
                List.of("client_secret_basic", "none"), List.of("ES256", "RS256"));

        assertThat(DiscoveryDocument.parse(doc.toJson())).isEqualTo(doc);
        assertThat(doc.toJson()).containsEntry("jwks_uri", "http://localhost:8080/us-east-1_DemoPool1/.well-known/jwks.json");
    }
}
