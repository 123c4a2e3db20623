package io.gatehouse.oidc.grant;

import io.gatehouse.oidc.GrantHandler;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.TokenRefresh;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The refresh token grant with rotation: each refresh token is exchanged once for new tokens
 * and a new refresh token; presenting a rotated one revokes the whole family (RFC 9700 §4.14.2).
 * A narrower scope may be requested, never a wider one (RFC 6749 §6).
 */
@ApplicationScoped
public class RefreshTokenGrant implements GrantHandler {

    private final TokenRefresh refresh;

    public RefreshTokenGrant(TokenRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public String grantType() {
        return AppClient.REFRESH_TOKEN;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AppClient client) {
        requireAllowed(client);
        try {
            return refresh.refresh(client, requireToken(request), request.scope());
        } catch (GatehouseException e) {
            throw new OAuthException(OAuthError.INVALID_GRANT, e.getMessage());
        }
    }

    private static void requireAllowed(AppClient client) {
        if (!client.allowsGrant(AppClient.REFRESH_TOKEN)) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The client may not use the refresh_token grant");
        }
    }

    private static String requireToken(TokenRequest request) {
        if (request.refreshToken() == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Missing parameter refresh_token");
        }
        return request.refreshToken();
    }
}
