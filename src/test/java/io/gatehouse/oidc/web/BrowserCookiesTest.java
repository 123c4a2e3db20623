package io.gatehouse.oidc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.oidc.OidcConfig;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrowserCookiesTest {

    @Test
    void ssoWhenPublicUrlHttpsWithPathThenSecureAndScopedToIssuerPath() {
        NewCookie cookie = cookies("https://id.example.com/auth/").sso("us-east-1_Abc", "v");

        assertEquals("gh_sso_us-east-1_Abc", cookie.getName());
        assertEquals("/auth/us-east-1_Abc", cookie.getPath());
        assertTrue(cookie.isSecure());
        assertTrue(cookie.isHttpOnly());
        assertEquals(NewCookie.SameSite.LAX, cookie.getSameSite());
        assertEquals(Duration.ofHours(12).toSeconds(), cookie.getMaxAge());
    }

    @Test
    void csrfWhenPublicUrlHttpThenNotSecureAndScopedToLoginPage() {
        NewCookie cookie = cookies("http://localhost:8080").csrf("us-east-1_Abc", "0123456789abcdef0123", "t");

        assertEquals("gh_csrf_0123456789abcdef", cookie.getName());
        assertEquals("/us-east-1_Abc/login", cookie.getPath());
        assertFalse(cookie.isSecure());
        assertEquals(600, cookie.getMaxAge());
    }

    @Test
    void clearSsoWhenCalledThenExpiresImmediately() {
        assertEquals(0, cookies("http://localhost:8080").clearSso("us-east-1_Abc").getMaxAge());
    }

    private static BrowserCookies cookies(String publicUrl) {
        Issuer issuer = new Issuer(null) {
            @Override
            public String of(String poolId) {
                return publicUrl.replaceAll("/$", "") + "/" + poolId;
            }
        };
        OidcConfig config = new OidcConfig() {
            public Duration ssoSessionLifetime() {
                return Duration.ofHours(12);
            }

            public Duration authorizationCodeLifetime() {
                return Duration.ofMinutes(5);
            }

            public Duration loginTransactionLifetime() {
                return Duration.ofMinutes(10);
            }
        };
        return new BrowserCookies(issuer, config);
    }
}
