package io.gatehouse.oidc.token;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues ID tokens shaped like Cognito's, with the OIDC Core claims ({@code at_hash},
 * {@code nonce}, {@code auth_time}) and the user's standard attributes allowed by the scope.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">OIDC Core §2</a>
 */
@ApplicationScoped
public class IdTokenIssuer {

    private static final Set<String> EMAIL_CLAIMS = Set.of("email", "email_verified");
    private static final Set<String> PHONE_CLAIMS = Set.of("phone_number", "phone_number_verified");
    private static final Set<String> BOOLEAN_CLAIMS = Set.of("email_verified", "phone_number_verified");
    private static final Set<String> PROFILE_CLAIMS = Set.of("name", "family_name", "given_name", "middle_name",
            "nickname", "preferred_username", "profile", "picture", "website", "gender", "birthdate", "zoneinfo",
            "locale", "updated_at", "address");

    private final JwtSigner signer;
    private final Issuer issuer;

    public IdTokenIssuer(JwtSigner signer, Issuer issuer) {
        this.signer = signer;
        this.issuer = issuer;
    }

    public String issue(AppClient client, UserClaims user, IdTokenContext ctx, Instant now) {
        return issue(client, user, ctx, now, ClaimsOverride.NONE);
    }

    /** The ID token with a {@link ClaimsCustomizer}'s changes applied (protected claims unchanged). */
    public String issue(AppClient client, UserClaims user, IdTokenContext ctx, Instant now, ClaimsOverride override) {
        PoolUser u = user.user();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.of(client.poolId()))
                .subject(u.sub().toString())
                .audience(client.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(client.idTokenValidity())))
                .jwtID(UUID.randomUUID().toString())
                .claim(ClaimNames.TOKEN_USE, ClaimNames.USE_ID)
                .claim(ClaimNames.AUTH_TIME, ctx.authTime().getEpochSecond())
                .claim(ClaimNames.COGNITO_USERNAME, u.username())
                .claim(ClaimNames.ORIGIN_JTI, ctx.familyId())
                .claim(ClaimNames.AT_HASH, atHash(ctx.accessToken()));
        if (ctx.nonce() != null) {
            claims.claim(ClaimNames.NONCE, ctx.nonce());
        }
        if (!ctx.amr().isEmpty()) {
            claims.claim(ClaimNames.AMR, ctx.amr());
        }
        if (!user.groups().isEmpty()) {
            claims.claim(ClaimNames.COGNITO_GROUPS, user.groupNames());
        }
        if (!user.roleArns().isEmpty()) {
            claims.claim(ClaimNames.COGNITO_ROLES, user.roleArns());
        }
        if (user.preferredRole() != null) {
            claims.claim(ClaimNames.COGNITO_PREFERRED_ROLE, user.preferredRole());
        }
        List<String> scopes = Arrays.asList(ctx.scope().split(" "));
        u.attributes().forEach((name, value) -> {
            if (allowed(name, scopes)) {
                claims.claim(name, BOOLEAN_CLAIMS.contains(name) ? Boolean.valueOf(value) : value);
            }
        });
        return signer.sign(client.poolId(), ClaimsEditor.apply(claims.build(), override.idToken(), override, true));
    }

    /** Claims a scope releases: Cognito puts all readable attributes in the ID token when openid is granted. */
    public static boolean allowed(String attribute, List<String> scopes) {
        if (EMAIL_CLAIMS.contains(attribute)) {
            return scopes.contains("email") || scopes.contains("openid");
        }
        if (PHONE_CLAIMS.contains(attribute)) {
            return scopes.contains("phone") || scopes.contains("openid");
        }
        return PROFILE_CLAIMS.contains(attribute) || attribute.startsWith("custom:");
    }

    /** "Base64url encoding of the left-most half of the hash of the octets of the ASCII representation of the access_token." */
    static String atHash(String accessToken) {
        byte[] hash = SecretDigest.sha256(accessToken.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
    }

    /** The sign-in facts an ID token carries. */
    public record IdTokenContext(String accessToken, String scope, String nonce, Instant authTime, List<String> amr,
                                 String familyId) {
        public IdTokenContext {
            amr = List.copyOf(amr);
        }
    }
}
