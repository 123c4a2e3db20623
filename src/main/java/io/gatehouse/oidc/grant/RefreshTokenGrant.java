package io.gatehouse.oidc.grant;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.GrantHandler;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import io.gatehouse.oidc.TokenFamilyStore.Rotation;
import io.gatehouse.oidc.TokenRevocation;
import io.gatehouse.oidc.UserTokenMinter;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The refresh token grant with rotation: each refresh token is exchanged once for new tokens
 * and a new refresh token; presenting a rotated one revokes the whole family (RFC 9700 §4.14.2).
 * A narrower scope may be requested, never a wider one (RFC 6749 §6).
 */
@ApplicationScoped
public class RefreshTokenGrant implements GrantHandler {

    private static final String INVALID = "Invalid refresh token";

    private final TokenFamilyStore families;
    private final TokenRevocation revocation;
    private final UserTokenMinter minter;
    private final Clock clock;

    public RefreshTokenGrant(TokenFamilyStore families, TokenRevocation revocation, UserTokenMinter minter, Clock clock) {
        this.families = families;
        this.revocation = revocation;
        this.minter = minter;
        this.clock = clock;
    }

    @Override
    public String grantType() {
        return AppClient.REFRESH_TOKEN;
    }

    @Override
    @Transactional
    public TokenResponse handle(TokenRequest request, AppClient client) {
        requireAllowed(client);
        String tokenHash = SecretDigest.sha256Hex(requireToken(request));
        requireIssuedTo(tokenHash, client);
        TokenFamily family = rotate(tokenHash);
        if (!family.activeAt(clock.instant())) {
            throw new OAuthException(OAuthError.INVALID_GRANT, INVALID);
        }
        return minter.mint(client, narrowed(family, request.scope()), null);
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
