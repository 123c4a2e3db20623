package io.gatehouse.oidc;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.TokenFamilyStore.Exchange;
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

    /**
     * New tokens for {@code token}; {@code scope} may narrow the grant (null keeps it). The token
     * is spent and its successor stored before anything is signed; a later failure (narrowing,
     * a disabled user) rolls both back, so the token stays usable.
     */
    @Transactional
    public TokenResponse refresh(AppClient client, String token, String scope) {
        String successor = minter.newRefreshToken();
        TokenFamily family = exchange(SecretDigest.sha256Hex(token), client, SecretDigest.sha256Hex(successor));
        return minter.mintAround(client, narrowed(family, scope), null, successor, TokenOccasion.REFRESH_TOKENS);
    }

    /**
     * Only a token issued to this client is spent, so another client presenting a stolen token
     * cannot spend it; a replay by the owning client revokes the family in its own transaction.
     */
    private TokenFamily exchange(String tokenHash, AppClient client, String successorHash) {
        Exchange exchange = families.exchange(tokenHash, client.clientId(), successorHash, clock.instant());
        if (exchange instanceof Exchange.Exchanged exchanged) {
            return exchanged.family();
        }
        if (exchange instanceof Exchange.Reused reused) {
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
