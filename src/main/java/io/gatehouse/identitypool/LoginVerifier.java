package io.gatehouse.identitypool;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.oidc.token.TokenVerifier;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.webidentity.WebIdentity;
import io.gatehouse.webidentity.WebIdentityError;
import io.gatehouse.webidentity.WebIdentityVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies the {@code Logins} map of GetId, GetCredentialsForIdentity and GetOpenIdToken against
 * an identity pool. Each key names a provider the pool trusts and each value is that provider's token:
 * <ul>
 *   <li>a Gatehouse user pool, as {@code cognito-idp.<region>.amazonaws.com/<poolId>} or as its issuer
 *       URL without the scheme: the pool's ID token, whose {@code aud} must be an app client configured
 *       for it in {@code CognitoIdentityProviders};</li>
 *   <li>an IAM OIDC provider listed in {@code OpenIdConnectProviderARNs}, by its name (issuer without
 *       {@code https://}), verified by {@link WebIdentityVerifier};</li>
 *   <li>{@code cognito-identity.amazonaws.com}: a token from GetOpenIdTokenForDeveloperIdentity of this pool.</li>
 * </ul>
 * Any other key, or a token that fails verification, is {@code NotAuthorizedException}, as in AWS.
 */
@ApplicationScoped
public class LoginVerifier {

    private static final String ID_TOKEN = "id";

    private final TokenVerifier userPoolTokens;
    private final Issuer issuer;
    private final IdentityPoolTokens poolTokens;
    private final WebIdentityVerifier external;
    private final PlatformConfig platform;

    public LoginVerifier(TokenVerifier userPoolTokens, Issuer issuer, IdentityPoolTokens poolTokens,
                         WebIdentityVerifier external, PlatformConfig platform) {
        this.userPoolTokens = Objects.requireNonNull(userPoolTokens, "userPoolTokens");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.poolTokens = Objects.requireNonNull(poolTokens, "poolTokens");
        this.external = Objects.requireNonNull(external, "external");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** Every login of the map, verified; the map is validated for size first. */
    public List<VerifiedLogin> verify(IdentityPool pool, Map<String, String> logins) {
        IdentityPoolRules.size(logins, "logins", 0, IdentityPoolRules.MAX_LOGINS);
        List<VerifiedLogin> verified = new ArrayList<>();
        logins.forEach((provider, token) -> {
            IdentityPoolRules.length(provider, "logins.key", 1, 128);
            if (token.isEmpty() || token.length() > 50_000) {
                throw invalidToken("Invalid login token.");
            }
            verified.add(verifyOne(pool, provider, token));
        });
        return verified;
    }

    private VerifiedLogin verifyOne(IdentityPool pool, String key, String token) {
        if (IdentityPoolArns.FEDERATED_PRINCIPAL.equals(key)) {
            return developerToken(pool, token);
        }
        String userPoolProvider = userPoolProvider(pool, key);
        if (userPoolProvider != null) {
            return userPoolToken(pool, userPoolProvider, token);
        }
        String oidcArn = pool.providers().openIdConnectArnOf(key);
        if (oidcArn != null) {
            return oidcToken(pool, key, oidcArn, token);
        }
        throw invalidToken("Invalid login token. " + key + " is not a login provider of this identity pool.");
    }

    /** The canonical user-pool provider a key names (either spelling), when the pool configures it. */
    private String userPoolProvider(IdentityPool pool, String key) {
        for (IdentityProviders.CognitoProvider provider : pool.providers().cognitoProviders()) {
            String issuerName = withoutScheme(issuer.of(provider.userPoolId()));
            if (provider.providerName().equals(key) || issuerName.equals(key)) {
                return IdentityPoolArns.userPoolProvider(platform.region(), provider.userPoolId());
            }
        }
        return null;
    }

    private VerifiedLogin userPoolToken(IdentityPool pool, String provider, String token) {
        String userPoolId = provider.substring(provider.lastIndexOf('/') + 1);
        JWTClaimsSet claims = userPoolTokens.verify(userPoolId, token, ID_TOKEN)
                .orElseThrow(() -> invalidToken("Invalid login token. Token is not a valid ID token of " + provider + "."));
        List<String> audience = claims.getAudience();
        List<String> clients = pool.providers().cognitoProviders().stream()
                .filter(p -> p.userPoolId().equals(userPoolId)).map(IdentityProviders.CognitoProvider::clientId).toList();
        String clientId = audience.size() == 1 ? audience.get(0) : null;
        if (clientId == null || !clients.contains(clientId)) {
            throw invalidToken("Invalid login token. Incorrect token audience.");
        }
        return new VerifiedLogin(provider, claims.getSubject(), clientId, claims.getClaims(),
                provider + ":CognitoSignIn:" + claims.getSubject());
    }

    private VerifiedLogin developerToken(IdentityPool pool, String token) {
        IdentityPoolToken verified = poolTokens.verify(token)
                .filter(t -> t.poolId().equals(pool.id()) && t.authenticated())
                .orElseThrow(() -> invalidToken("Invalid login token. The token is not a valid identity pool token."));
        return new VerifiedLogin(IdentityPoolArns.FEDERATED_PRINCIPAL, verified.identityId(), null,
                Map.of("sub", verified.identityId(), "aud", verified.poolId(), "amr", verified.amr(),
                        IdentityPoolTokens.TAGS_CLAIM, Map.of("principal_tags", verified.principalTags())),
                IdentityPoolArns.FEDERATED_PRINCIPAL + ":" + pool.id() + ":" + verified.identityId());
    }

    /**
     * A token of an IAM OIDC provider of the pool's account: signature, expiry and audience as
     * AssumeRoleWithWebIdentity checks them, and its issuer must be the provider the key names.
     */
    private VerifiedLogin oidcToken(IdentityPool pool, String key, String providerArn, String token) {
        WebIdentity identity;
        try {
            identity = external.verify(pool.accountId(), token);
        } catch (GatehouseException e) {
            if (e.code() == WebIdentityError.IDP_COMMUNICATION_ERROR) {
                throw new GatehouseException(IdentityPoolError.EXTERNAL_SERVICE, e.getMessage());
            }
            throw invalidToken("Invalid login token. " + e.getMessage());
        }
        if (!providerArn.equals(identity.providerArn())) {
            throw invalidToken("Invalid login token. Issuer doesn't match providerName");
        }
        return new VerifiedLogin(key, identity.subject(), null, identity.claims(),
                key + ":" + pool.id() + ":" + identity.subject());
    }

    private static String withoutScheme(String url) {
        int scheme = url.indexOf("://");
        return scheme < 0 ? url : url.substring(scheme + 3);
    }

    static GatehouseException invalidToken(String message) {
        return new GatehouseException(CommonError.NOT_AUTHORIZED, message);
    }

}
