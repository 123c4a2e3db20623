package io.gatehouse.oidc;

import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.message.BearerTokenException;
import io.gatehouse.oidc.message.OAuthError;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.token.TokenVerifier;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserDirectory;
import io.gatehouse.userpool.UserSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Answers UserInfo for an access token: verified, of a user (not a client), granted
 * {@code openid}, its family not revoked, its user still enabled. The user comes from the node's
 * {@link UserDirectory}, so a request that hits it reads nothing from the database.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#UserInfo">OIDC Core §5.3</a>
 */
@ApplicationScoped
public class UserInfoService {

    private static final Set<String> BOOLEAN_CLAIMS = Set.of("email_verified", "phone_number_verified");
    private static final String INVALID = "The access token is invalid, expired or revoked";

    private final TokenVerifier verifier;
    private final FamilyRevocationCheck revocations;
    private final UserDirectory users;

    public UserInfoService(TokenVerifier verifier, FamilyRevocationCheck revocations, UserDirectory users) {
        this.verifier = verifier;
        this.revocations = revocations;
        this.users = users;
    }

    public Map<String, Object> userInfo(String poolId, String accessToken) {
        JWTClaimsSet claims = verifier.verify(poolId, accessToken, ClaimNames.USE_ACCESS)
                .orElseThrow(() -> new BearerTokenException(OAuthError.INVALID_TOKEN, INVALID));
        String familyId = stringClaim(claims, ClaimNames.ORIGIN_JTI);
        if (familyId == null || revocations.isRevoked(familyId)) {
            throw new BearerTokenException(OAuthError.INVALID_TOKEN, INVALID);
        }
        List<String> scopes = Arrays.asList(String.valueOf(stringClaim(claims, ClaimNames.SCOPE)).split(" "));
        if (!scopes.contains(OAuthNames.OPENID)) {
            throw new BearerTokenException(OAuthError.INSUFFICIENT_SCOPE, "The access token was not granted openid");
        }
        PoolUser user = users.find(UUID.fromString(claims.getSubject())).map(UserSnapshot::user)
                .filter(PoolUser::enabled).orElseThrow(() -> new BearerTokenException(OAuthError.INVALID_TOKEN, INVALID));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sub", user.sub().toString());
        user.attributes().forEach((name, value) -> {
            if (io.gatehouse.oidc.token.IdTokenIssuer.allowed(name, scopes)) {
                out.put(name, BOOLEAN_CLAIMS.contains(name) ? Boolean.valueOf(value) : value);
            }
        });
        out.put("username", user.username());
        return out;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
