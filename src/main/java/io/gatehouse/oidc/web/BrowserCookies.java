package io.gatehouse.oidc.web;

import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.oidc.OidcConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The hosted login's cookies, scoped to the pool's issuer path: the SSO session cookie
 * ({@code gh_sso_<poolId>}) and the per-transaction CSRF cookie ({@code gh_csrf_<id>}, the
 * double-submit half of the login form's token). All are HttpOnly and SameSite=Lax (sent on the
 * top-level navigations an authorization request arrives by, never on cross-site POSTs), and
 * Secure when the public URL is https.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6265#section-4.1">RFC 6265 §4.1</a>
 * @see <a href="https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html">OWASP CSRF: double submit cookie</a>
 */
@ApplicationScoped
class BrowserCookies {

    private static final String SSO_PREFIX = "gh_sso_";
    private static final String CSRF_PREFIX = "gh_csrf_";

    private final Issuer issuer;
    private final OidcConfig config;

    BrowserCookies(Issuer issuer, OidcConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    String ssoName(String poolId) {
        return SSO_PREFIX + poolId;
    }

    NewCookie sso(String poolId, String value) {
        return cookie(ssoName(poolId), value, poolPath(poolId), config.ssoSessionLifetime(), poolId);
    }

    NewCookie clearSso(String poolId) {
        return cookie(ssoName(poolId), "", poolPath(poolId), Duration.ZERO, poolId);
    }

    /** Named after the transaction, so two login pages open in one browser do not overwrite each other's token. */
    String csrfName(String transactionIdHash) {
        return CSRF_PREFIX + transactionIdHash.substring(0, 16);
    }

    NewCookie csrf(String poolId, String transactionIdHash, String token) {
        return cookie(csrfName(transactionIdHash), token, loginPath(poolId), config.loginTransactionLifetime(), poolId);
    }

    NewCookie clearCsrf(String poolId, String transactionIdHash) {
        return cookie(csrfName(transactionIdHash), "", loginPath(poolId), Duration.ZERO, poolId);
    }

    static String read(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    private NewCookie cookie(String name, String value, String path, Duration maxAge, String poolId) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge((int) maxAge.toSeconds())
                .httpOnly(true).secure(isHttps(poolId)).sameSite(NewCookie.SameSite.LAX).build();
    }

    private String poolPath(String poolId) {
        return URI.create(issuer.of(poolId)).getRawPath();
    }

    private String loginPath(String poolId) {
        return poolPath(poolId) + PoolPaths.LOGIN;
    }

    private boolean isHttps(String poolId) {
        return issuer.of(poolId).toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
