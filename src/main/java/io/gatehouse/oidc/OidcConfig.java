package io.gatehouse.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Lifetimes of the per-pool OpenID Connect provider's browser-facing state: SSO sessions,
 * authorization codes and hosted-login transactions. The single source of these defaults.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#Authentication">OIDC Core §3.1</a>
 */
@ConfigMapping(prefix = "gatehouse.oidc")
public interface OidcConfig {

    /**
     * How long a hosted-login sign-in lasts in the browser (the {@code gh_sso_<poolId>} cookie and
     * its server-side session): within it, another authorization request of the same pool is
     * answered without asking for the password again, unless {@code prompt=login} or
     * {@code max_age} demand a fresh sign-in.
     */
    @WithDefault("PT12H")
    Duration ssoSessionLifetime();

    /**
     * How long an authorization code can be redeemed. RFC 6749 §4.1.2: "A maximum authorization
     * code lifetime of 10 minutes is RECOMMENDED."
     */
    @WithDefault("PT5M")
    Duration authorizationCodeLifetime();

    /**
     * How long a user has to complete the hosted login page after the authorization request
     * before having to go back to the application and start again.
     */
    @WithDefault("PT10M")
    Duration loginTransactionLifetime();
}
