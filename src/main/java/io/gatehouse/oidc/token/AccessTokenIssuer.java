package io.gatehouse.oidc.token;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Issues access tokens shaped like Cognito's: {@code token_use=access}, {@code client_id},
 * {@code scope}, {@code jti}, {@code origin_jti} (the token family) and, for users,
 * {@code username} and {@code cognito:groups}. There is no {@code aud} claim, as in Cognito.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html">Cognito access token</a>
 */
@ApplicationScoped
public class AccessTokenIssuer {

    private final JwtSigner signer;
    private final Issuer issuer;

    public AccessTokenIssuer(JwtSigner signer, Issuer issuer) {
        this.signer = signer;
        this.issuer = issuer;
    }

    public String forUser(AppClient client, UserClaims user, String scope, Instant authTime, String familyId, Instant now) {
        return forUser(client, user, scope, authTime, familyId, now, ClaimsOverride.NONE);
    }

    /** The access token with a {@link ClaimsCustomizer}'s changes applied (protected claims unchanged, scope edits kept). */
    public String forUser(AppClient client, UserClaims user, String scope, Instant authTime, String familyId, Instant now,
                          ClaimsOverride override) {
        JWTClaimsSet.Builder claims = common(client, ClaimsEditor.scope(scope, override.accessToken()), now, authTime)
                .subject(user.user().sub().toString())
                .claim(ClaimNames.ORIGIN_JTI, familyId)
                .claim(ClaimNames.USERNAME, user.user().username());
        if (!user.groups().isEmpty()) {
            claims.claim(ClaimNames.COGNITO_GROUPS, user.groupNames());
        }
        JWTClaimsSet built = claims.expirationTime(Date.from(now.plus(client.accessTokenValidity()))).build();
        return signer.sign(client.poolId(), ClaimsEditor.apply(built, override.accessToken(), override, false));
    }

    public String forClient(AppClient client, String scope, Instant now) {
        JWTClaimsSet claims = common(client, scope, now, now)
                .subject(client.clientId())
                .expirationTime(Date.from(now.plus(client.accessTokenValidity())))
                .build();
        return signer.sign(client.poolId(), claims);
    }

    private JWTClaimsSet.Builder common(AppClient client, String scope, Instant now, Instant authTime) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.of(client.poolId()))
                .claim(ClaimNames.CLIENT_ID, client.clientId())
                .claim(ClaimNames.TOKEN_USE, ClaimNames.USE_ACCESS)
                .claim(ClaimNames.SCOPE, scope)
                .claim(ClaimNames.AUTH_TIME, authTime.getEpochSecond())
                .claim(ClaimNames.VERSION, 2)
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString());
    }
}
