package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL rules of IAM OIDC providers and the names derived from a URL. */
class OidcProviderUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://token.example.com", "https://token.example.com:8443/tenant/v2",
        "http://localhost:8080/us-east-1_Pool1", "http://127.0.0.1:9000", "http://[::1]:9000/x", "http://LOCALHOST"})
    void validateWhenHttpsOrLoopbackHttpThenAccepted(String url) {
        assertThat(OidcProviderUrls.validate(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://token.example.com", "http://127.0.0.2", "ftp://token.example.com",
        "token.example.com", "https://", "https://user:pw@token.example.com", "https://token.example.com/?a=b",
        "https://token.example.com/#f", "https://token.example.com/?", "https://token example.com",
        "http://localhost.evil.com"})
    void validateWhenNotAnHttpsIssuerThenInvalidInput(String url) {
        assertThatThrownBy(() -> OidcProviderUrls.validate(url)).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(IamError.INVALID_INPUT));
    }

    @Test
    void validateWhenLongerThan255ThenValidationError() {
        assertThatThrownBy(() -> OidcProviderUrls.validate("https://a.com/" + "x".repeat(242)))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(IamError.VALIDATION_ERROR));
    }

    @Test
    void nameAndArnWhenUrlThenSchemeDropped() {
        assertThat(OidcProviderUrls.name("https://token.example.com/t")).isEqualTo("token.example.com/t");
        assertThat(OidcProviderUrls.arn("000000000000", "localhost:8080/us-east-1_P"))
                .isEqualTo("arn:aws:iam::000000000000:oidc-provider/localhost:8080/us-east-1_P");
    }

    @Test
    void nameOfWhenArnOfAnotherAccountOrTypeThenNoSuchEntity() {
        assertThat(OidcProviderUrls.nameOf("000000000000", "arn:aws:iam::000000000000:oidc-provider/a.com/x"))
                .isEqualTo("a.com/x");
        for (String arn : new String[] {"arn:aws:iam::111111111111:oidc-provider/a.com",
            "arn:aws:iam::000000000000:role/a.com", "arn:aws:iam::000000000000:oidc-provider/"}) {
            assertThatThrownBy(() -> OidcProviderUrls.nameOf("000000000000", arn))
                    .isInstanceOfSatisfying(GatehouseException.class,
                            e -> assertThat(e.code()).isEqualTo(IamError.NO_SUCH_ENTITY));
        }
    }
}
