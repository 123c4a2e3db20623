package io.gatehouse.appauth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenLookup;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the access token of a user's own call (GetUser, ChangePassword…), as Cognito does:
 * the token names its pool in {@code iss}; it must verify against that pool's keys, carry the
 * {@code aws.cognito.signin.user.admin} scope, belong to a live token family (not signed out or
 * revoked), and speak for an enabled user.
 */
@ApplicationScoped
public class SignedInUsers {

    public static final String USER_ADMIN_SCOPE = "aws.cognito.signin.user.admin";
    static final String INVALID = "Invalid Access Token";
    private static final int MAX_TOKEN = 16_384;

    private final TokenLookup tokens;
    private final UserPoolDirectory directory;
    private final UserStore users;

    public SignedInUsers(TokenLookup tokens, UserPoolDirectory directory, UserStore users) {
        this.tokens = tokens;
        this.directory = directory;
        this.users = users;
    }

    public SignedInUser require(String accessToken) {
        if (accessToken == null || accessToken.isEmpty() || accessToken.length() > MAX_TOKEN) {
            throw invalid();
        }
        String poolId = poolOf(accessToken).orElseThrow(SignedInUsers::invalid);
        JWTClaimsSet claims = tokens.accessToken(poolId, accessToken).orElseThrow(SignedInUsers::invalid);
        if (!Arrays.asList(string(claims, ClaimNames.SCOPE).split(" ")).contains(USER_ADMIN_SCOPE)) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Access Token does not have required scopes");
        }
        TokenFamily family = tokens.familyOf(claims).filter(f -> f.revokedAt() == null)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Access Token has been revoked"));
        PoolUser user = users.findBySub(UUID.fromString(claims.getSubject())).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, "User is disabled."));
        UserPool pool = directory.pool(poolId).orElseThrow(SignedInUsers::invalid);
        AppClient client = directory.client(family.clientId()).orElseThrow(SignedInUsers::invalid);
        return new SignedInUser(pool, client, user, family.id());
    }

    /** The pool id at the end of the unverified issuer; verification against that pool follows. */
    private static Optional<String> poolOf(String token) {
        try {
            String issuer = SignedJWT.parse(token).getJWTClaimsSet().getIssuer();
            return issuer == null ? Optional.empty() : Optional.of(issuer.substring(issuer.lastIndexOf('/') + 1));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static String string(JWTClaimsSet claims, String name) {
        try {
            String value = claims.getStringClaim(name);
            return value == null ? "" : value;
        } catch (ParseException e) {
            return "";
        }
    }

    private static GatehouseException invalid() {
        return new GatehouseException(UserPoolError.NOT_AUTHORIZED, INVALID);
    }
}
