package io.gatehouse.oidc;

import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.core.Ids;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.oidc.token.AccessTokenIssuer;
import io.gatehouse.oidc.token.ClaimsCustomizer;
import io.gatehouse.oidc.token.ClaimsOverride;
import io.gatehouse.oidc.token.IdTokenIssuer;
import io.gatehouse.oidc.token.TokenOccasion;
import io.gatehouse.oidc.token.UserClaims;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserDirectory;
import io.gatehouse.userpool.UserSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Issues a user's tokens within a token family: access token always, ID token when
 * {@code openid} was granted, and a fresh refresh token when the client may refresh. Refresh
 * tokens are 256-bit random values stored only as SHA-256 digests. The {@link ClaimsCustomizer}
 * (the pool's pre token generation trigger) is asked for changes before anything is signed.
 * The user and groups come from the node's {@link UserDirectory}, which reads the database when
 * the minting transaction has itself changed the user.
 */
@ApplicationScoped
public class UserTokenMinter {

    private final TokenFamilyStore families;
    private final UserDirectory users;
    private final AccessTokenIssuer accessTokens;
    private final IdTokenIssuer idTokens;
    private final ClaimsCustomizer customizer;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public UserTokenMinter(TokenFamilyStore families, UserDirectory users, AccessTokenIssuer accessTokens,
                           IdTokenIssuer idTokens, ClaimsCustomizer customizer, AuditLog audit, Ids ids, Clock clock) {
        this.families = families;
        this.users = users;
        this.accessTokens = accessTokens;
        this.idTokens = idTokens;
        this.customizer = customizer;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new family id; the authorization code grant reserves it with the code before the family exists. */
    public String newFamilyId() {
        return ids.token(24);
    }

    /** Starts a token family, or fails with {@code invalid_grant} when a code replay revoked it first. */
    public TokenFamily startFamily(String familyId, AppClient client, UUID sub, String scope, Instant authTime,
                                   List<String> amr) {
        Instant now = clock.instant();
        TokenFamily family = new TokenFamily(familyId, client.poolId(), client.clientId(), sub, scope, authTime,
                amr, now, now.plus(client.refreshTokenValidity()), null);
        if (!families.create(family)) {
            throw new OAuthException(OAuthError.INVALID_GRANT, "Invalid authorization code");
        }
        return family;
    }

    public TokenResponse mint(AppClient client, TokenFamily family, String nonce, TokenOccasion occasion) {
        return mint(client, family, nonce, client.allowsGrant(AppClient.REFRESH_TOKEN), occasion);
    }

    /** Mints the family's tokens; {@code refreshable} decides whether a refresh token comes with them. */
    public TokenResponse mint(AppClient client, TokenFamily family, String nonce, boolean refreshable,
                              TokenOccasion occasion) {
        String refresh = null;
        if (refreshable) {
            refresh = newRefreshToken();
            families.addRefreshToken(SecretDigest.sha256Hex(refresh), family.id(), clock.instant());
        }
        return mintAround(client, family, nonce, refresh, occasion);
    }

    /** A refresh token: 256 random bits, stored only as its SHA-256 digest. */
    public String newRefreshToken() {
        return ids.token(32);
    }

    /**
     * Mints the family's tokens around a refresh token the caller has stored already (rotation
     * stores the successor in the statement that spends its predecessor), or none when null.
     */
    public TokenResponse mintAround(AppClient client, TokenFamily family, String nonce, String refreshToken,
                                    TokenOccasion occasion) {
        UserSnapshot user = activeUser(family.sub());
        UserClaims claims = new UserClaims(user.user(), user.groups());
        ClaimsOverride override = customizer.customize(client, claims, family.scope(), occasion);
        Instant now = clock.instant();
        String access = accessTokens.forUser(client, claims, family.scope(), family.authTime(), family.id(), now,
                override);
        String id = null;
        if (Arrays.asList(family.scope().split(" ")).contains(OAuthNames.OPENID)) {
            id = idTokens.issue(client, claims, new IdTokenIssuer.IdTokenContext(access, family.scope(), nonce,
                    family.authTime(), family.amr(), family.id()), now, override);
        }
        audit.record(AuditEntry.success("token.issue").withPool(client.poolId()).withActor(client.clientId())
                .withTarget(user.user().username()));
        return new TokenResponse(access, id, refreshToken, client.accessTokenValidity().toSeconds(), family.scope());
    }

    private UserSnapshot activeUser(UUID sub) {
        return users.find(sub).filter(snapshot -> snapshot.user().enabled())
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_GRANT, "The user is disabled or no longer exists"));
    }
}
