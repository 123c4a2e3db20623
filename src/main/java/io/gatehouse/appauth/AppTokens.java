package io.gatehouse.appauth;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenRefresh;
import io.gatehouse.oidc.UserTokenMinter;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tokens of an app sign-in, as Cognito issues them from InitiateAuth: an ID token, an access
 * token with the {@code aws.cognito.signin.user.admin} scope (which the user's own calls such as
 * GetUser require), and a refresh token when the client allows REFRESH_TOKEN_AUTH. Refresh tokens
 * rotate and a reused one revokes its family, as on the OAuth token endpoint.
 */
@ApplicationScoped
public class AppTokens {

    /** The scope of app sign-in tokens: every OIDC scope plus the user's own API. */
    public static final String SCOPE = "openid email phone profile " + SignedInUsers.USER_ADMIN_SCOPE;

    private final UserTokenMinter minter;
    private final TokenRefresh refresh;

    public AppTokens(UserTokenMinter minter, TokenRefresh refresh) {
        this.minter = minter;
        this.refresh = refresh;
    }

    public TokenResponse issue(AppClient client, SignInResult result) {
        TokenFamily family = minter.startFamily(minter.newFamilyId(), client, result.user().sub(), SCOPE,
                result.authTime(), result.amr());
        return minter.mint(client, family, null, client.settings().allows(AuthFlow.REFRESH_TOKEN_AUTH));
    }

    /** REFRESH_TOKEN_AUTH; any refresh failure is Cognito's NotAuthorizedException. */
    public TokenResponse refresh(AppClient client, String refreshToken) {
        if (!client.settings().allows(AuthFlow.REFRESH_TOKEN_AUTH)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Auth flow not enabled for this client");
        }
        try {
            return refresh.refresh(client, refreshToken, null, true);
        } catch (OAuthException e) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Invalid Refresh Token");
        }
    }
}
