package io.gatehouse.appauth;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenLookup;
import io.gatehouse.oidc.TokenRevocation;
import io.gatehouse.oidc.TokenRefresh;
import io.gatehouse.oidc.UserTokenMinter;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.oidc.token.TokenOccasion;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

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
    private final AppClientCheck clients;
    private final TokenLookup lookup;
    private final TokenRevocation revocation;
    private final PasswordHasher hasher;

    public AppTokens(UserTokenMinter minter, TokenRefresh refresh, AppClientCheck clients, TokenLookup lookup,
                     TokenRevocation revocation, PasswordHasher hasher) {
        this.minter = minter;
        this.refresh = refresh;
        this.clients = clients;
        this.lookup = lookup;
        this.revocation = revocation;
        this.hasher = hasher;
    }

    /** Starts a token family and mints its first tokens, in one transaction (joined when the caller has one). */
    @Transactional
    public TokenResponse issue(AppClient client, SignInResult result) {
        TokenFamily family = minter.startFamily(minter.newFamilyId(), client, result.user().sub(), SCOPE,
                result.authTime(), result.amr());
        return minter.mint(client, family, null, client.settings().allows(AuthFlow.REFRESH_TOKEN_AUTH),
                TokenOccasion.AUTHENTICATION);
    }

    /**
     * RevokeToken: revokes a refresh token and every token issued with it. A client with a secret
     * must present it; an unknown token is not an error (RFC 7009 §2.2), an access token is.
     * {@code poolId}, when given (the native API's path), must be the client's pool.
     */
    @Transactional
    public void revoke(String poolId, String clientId, String clientSecret, String token) {
        AppClient client = clients.client(poolId, clientId).client();
        if (client.secretHash() != null && (clientSecret == null || !hasher.verify(clientSecret, client.secretHash()))) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Client secret is incorrect");
        }
        if (!client.settings().enableTokenRevocation()) {
            throw new GatehouseException(UserPoolError.UNSUPPORTED_OPERATION, "Token revocation is not enabled for this client");
        }
        Optional<TokenFamily> family = lookup.refreshTokenFamily(client.poolId(), token);
        if (family.isEmpty()) {
            if (token.chars().filter(c -> c == '.').count() == 2) {
                throw new GatehouseException(UserPoolError.UNSUPPORTED_TOKEN_TYPE, "Only refresh tokens can be revoked");
            }
            return;
        }
        if (!family.get().clientId().equals(client.clientId())) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "The token was not issued to this client");
        }
        if (family.get().revokedAt() == null) {
            revocation.revoke(family.get(), "token.revoke", null);
        }
    }

    /** REFRESH_TOKEN_AUTH; any refresh failure is Cognito's NotAuthorizedException. */
    public TokenResponse refresh(AppClient client, String refreshToken) {
        if (!client.settings().allows(AuthFlow.REFRESH_TOKEN_AUTH)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Auth flow not enabled for this client");
        }
        try {
            return refresh.refresh(client, refreshToken, null);
        } catch (OAuthException e) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Invalid Refresh Token");
        }
    }
}
