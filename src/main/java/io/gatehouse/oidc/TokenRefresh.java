package io.gatehouse.oidc;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.TokenFamilyStore.Rotation;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.oidc.token.TokenOccasion;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Trades a refresh token for new tokens, for the OAuth refresh_token grant and Cognito's
 * REFRESH_TOKEN_AUTH alike: the token must have been issued to this client; it is rotated (each
 * refresh token works once) and a reused one revokes its whole family (RFC 9700 §4.14.2).
 */
@ApplicationScoped
public class TokenRefresh {

    private static final String INVALID = "Invalid refresh token";

    private final TokenFamilyStore families;
    private final TokenRevocation revocation;
    private final UserTokenMinter minter;
    private final Clock clock;

    public TokenRefresh(TokenFamilyStore families, TokenRevocation revocation, UserTokenMinter minter, Clock clock) {
        this.families = families;
        this.revocation = revocation;
        this.minter = minter;
        this.clock = clock;
    }

    /** New tokens for {@code token}; {@code scope} may narrow the grant (null keeps it). */
    @Transactional
    public TokenResponse refresh(AppClient client, String token, String scope, boolean refreshable) {
        String tokenHash = SecretDigest.sha256Hex(token);
        requireIssuedTo(tokenHash, client);
        TokenFamily family = rotate(tokenHash);
        if (!family.activeAt(clock.instant())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, INVALID);
        }
        return minter.mint(client, narrowed(family, scope), null, refreshable, TokenOccasion.REFRESH_TOKENS);
    }

    /** Checked before rotating, so another client presenting a stolen token cannot spend it. */
    private void requireIssuedTo(String tokenHash, AppClient client) {
        TokenFamily family = families.findByRefreshToken(tokenHash)
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_GRANT, INVALID));
        if (!family.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, INVALID);
        }
    }

    private TokenFamily rotate(String tokenHash) {
        Rotation rotation = families.rotate(tokenHash, clock.instant());
        if (rotation instanceof Rotation.Rotated rotated) {
            return rotated.family();
        }
        if (rotation instanceof Rotation.Reused reused) {
            revocation.revokeAlone(reused.family(), "token.revoke", "refresh token reused");
        }
        throw new OAuthException(OAuthError.INVALID_GRANT, INVALID);
    }

    private static TokenFamily narrowed(TokenFamily family, String requested) {
        if (requested == null) {
            return family;
        }
        List<String> granted = Arrays.asList(family.scope().split(" "));
        if (!granted.containsAll(Arrays.asList(requested.split(" ")))) {
            throw new OAuthException(OAuthError.INVALID_SCOPE, "The requested scope exceeds the original grant");
        }
        return new TokenFamily(family.id(), family.poolId(), family.clientId(), family.sub(), requested,
                family.authTime(), family.amr(), family.createdAt(), family.expiresAt(), family.revokedAt());
    }
}
