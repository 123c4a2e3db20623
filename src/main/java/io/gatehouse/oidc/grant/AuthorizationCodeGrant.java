package io.gatehouse.oidc.grant;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.AuthorizationCode;
import io.gatehouse.oidc.AuthorizationCodeStore.Consumed;
import io.gatehouse.oidc.CodeRedemption;
import io.gatehouse.oidc.GrantHandler;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.Pkce;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenRevocation;
import io.gatehouse.oidc.UserTokenMinter;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.oidc.token.TokenOccasion;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The authorization code grant with PKCE. A code is single use; presenting a spent code revokes
 * every token issued from it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9700#section-2.1.1">RFC 9700 §2.1.1</a>
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements GrantHandler {

    private static final String INVALID_CODE = "Invalid authorization code";

    private final CodeRedemption redemption;
    private final TokenRevocation revocation;
    private final UserTokenMinter minter;
    private final Clock clock;

    public AuthorizationCodeGrant(CodeRedemption redemption, TokenRevocation revocation, UserTokenMinter minter,
                                  Clock clock) {
        this.redemption = redemption;
        this.revocation = revocation;
        this.minter = minter;
        this.clock = clock;
    }

    @Override
    public String grantType() {
        return AppClient.AUTHORIZATION_CODE;
    }

    @Override
    @Transactional
    public TokenResponse handle(TokenRequest request, AppClient client) {
        requireAllowed(client);
        String familyId = minter.newFamilyId();
        AuthorizationCode code = redeem(requireCode(request), familyId);
        requireNotExpired(code);
        requireSameClient(code, client);
        requireSameRedirectUri(code, request);
        requireProofOfPossession(code, request);
        TokenFamily family = minter.startFamily(familyId, client, code.sub(), code.scope(), code.authTime(), code.amr());
        try {
            return minter.mint(client, family, code.nonce(), TokenOccasion.HOSTED_AUTH);
        } catch (GatehouseException e) {
            // the pool's pre token generation trigger refused or failed: no tokens for this grant
            throw new OAuthException(OAuthError.INVALID_GRANT, e.getMessage());
        }
    }

    private static void requireAllowed(AppClient client) {
        if (!client.allowsGrant(AppClient.AUTHORIZATION_CODE)) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The client may not use the authorization_code grant");
        }
    }

    private static String requireCode(TokenRequest request) {
        if (request.code() == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Missing parameter code");
        }
        return request.code();
    }

    private AuthorizationCode redeem(String code, String familyId) {
        Consumed consumed = redemption.consume(code, familyId);
        if (consumed instanceof Consumed.Fresh fresh) {
            return fresh.code();
        }
        if (consumed instanceof Consumed.Replayed replayed && replayed.code().familyId() != null) {
            revocation.revokeAlone(familyOf(replayed.code()), "token.revoke", "authorization code replayed");
        }
        throw new OAuthException(OAuthError.INVALID_GRANT, INVALID_CODE);
    }

    /** The family the first redemption started, or will start: revoked even if it is not committed yet. */
    private TokenFamily familyOf(AuthorizationCode code) {
        Instant now = clock.instant();
        return new TokenFamily(code.familyId(), code.poolId(), code.clientId(), code.sub(), code.scope(),
                code.authTime(), code.amr(), now, now, null);
    }

    private void requireNotExpired(AuthorizationCode code) {
        if (!clock.instant().isBefore(code.expiresAt())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, INVALID_CODE);
        }
    }

    /** "ensure that the authorization code was issued to the authenticated confidential client". */
    private static void requireSameClient(AuthorizationCode code, AppClient client) {
        if (!code.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, INVALID_CODE);
        }
    }

    /** "ensure that the redirect_uri parameter is present if … included in the initial authorization request … and … their values are identical". */
    private static void requireSameRedirectUri(AuthorizationCode code, TokenRequest request) {
        if (!code.redirectUri().equals(request.redirectUri())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, "redirect_uri does not match the authorization request");
        }
    }

    /** A verifier without a challenge is a downgrade attempt and is rejected too (RFC 9700 §2.1.1). */
    private static void requireProofOfPossession(AuthorizationCode code, TokenRequest request) {
        if (code.codeChallenge() == null) {
            if (request.codeVerifier() != null) {
                throw new OAuthException(OAuthError.INVALID_GRANT, "code_verifier sent but no code_challenge was used");
            }
            return;
        }
        if (!Pkce.verify(request.codeVerifier(), code.codeChallenge())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, "PKCE verification failed");
        }
    }
}
