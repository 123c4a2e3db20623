package io.gatehouse.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Token revocation: a refresh token or an access token revokes its whole family, i.e. the
 * refresh token chain and every access token carrying its {@code origin_jti}. "The authorization
 * server responds with HTTP status code 200 if the token has been revoked successfully or if the
 * client submitted an invalid token."
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7009#section-2.2">RFC 7009 §2.2</a>
 */
@ApplicationScoped
public class RevocationService {

    private final TokenLookup lookup;
    private final TokenRevocation revocation;

    public RevocationService(TokenLookup lookup, TokenRevocation revocation) {
        this.lookup = lookup;
        this.revocation = revocation;
    }

    @Transactional
    public void revoke(AppClient client, String token, String hint) {
        Optional<JWTClaimsSet> accessToken = lookup.accessToken(client.poolId(), token);
        requireRevocable(accessToken);
        Optional<TokenFamily> fromAccessToken = accessToken.flatMap(lookup::familyOf);
        Optional<TokenFamily> family = "access_token".equals(hint)
                ? fromAccessToken.or(() -> lookup.refreshTokenFamily(client.poolId(), token))
                : lookup.refreshTokenFamily(client.poolId(), token).or(() -> fromAccessToken);
        if (family.isEmpty()) {
            return;
        }
        if (!family.get().clientId().equals(client.clientId())) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The token was not issued to this client");
        }
        if (family.get().revokedAt() == null) {
            revocation.revoke(family.get(), "token.revoke", null);
        }
    }

    /**
     * A client-credentials access token belongs to no family and cannot be revoked: "The
     * authorization server does not support the revocation of the presented token type."
     */
    private static void requireRevocable(Optional<JWTClaimsSet> accessToken) {
        if (accessToken.filter(c -> c.getClaim(ClaimNames.ORIGIN_JTI) == null).isPresent()) {
            throw new OAuthException(OAuthError.UNSUPPORTED_TOKEN_TYPE, "Client credentials access tokens cannot be revoked");
        }
    }
}
