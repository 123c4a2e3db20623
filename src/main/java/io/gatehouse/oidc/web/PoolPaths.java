package io.gatehouse.oidc.web;

/** JAX-RS path templates of the per-pool OpenID Connect provider, rooted at the issuer path. */
final class PoolPaths {

    /** A pool id ({@code <region>_<id>}); its shape is checked by {@link PoolGuard#routable}. */
    static final String POOL = "{poolId}";

    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String OAUTH_DISCOVERY = "/.well-known/oauth-authorization-server";
    static final String JWKS = "/.well-known/jwks.json";
    static final String AUTHORIZE = "/oauth2/authorize";
    static final String TOKEN = "/oauth2/token";
    static final String USERINFO = "/oauth2/userInfo";
    static final String REVOKE = "/oauth2/revoke";
    static final String INTROSPECT = "/oauth2/introspect";
    static final String LOGOUT = "/logout";
    static final String LOGIN = "/login";
    /** Under the login path, so the login transaction's CSRF cookie (scoped to it) comes along. */
    static final String LOGIN_CHALLENGE = LOGIN + "/challenge";

    private PoolPaths() {
    }
}
