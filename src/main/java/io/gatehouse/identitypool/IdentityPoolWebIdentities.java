package io.gatehouse.identitypool;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.sts.WebIdentityIssuer;
import io.gatehouse.sts.WebIdentityPrincipal;
import io.gatehouse.webidentity.WebIdentityError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Identity pools' OpenID tokens as web identities for AssumeRoleWithWebIdentity (the basic flow):
 * the principal is {@code "Federated": "cognito-identity.amazonaws.com"}, with the condition keys
 * {@code cognito-identity.amazonaws.com:aud} (the identity pool id), {@code :sub} (the identity id)
 * and {@code :amr} ({@code authenticated} or {@code unauthenticated} and the login providers), as
 * AWS sets them for role trust policies of identity pools.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html">Role trust and permissions</a>
 */
@ApplicationScoped
public class IdentityPoolWebIdentities implements WebIdentityIssuer {

    private static final String PRINCIPAL = IdentityPoolArns.FEDERATED_PRINCIPAL;

    private final IdentityPoolTokens tokens;

    public IdentityPoolWebIdentities(IdentityPoolTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public boolean issues(String issuer) {
        return tokens.issuer().equals(issuer);
    }

    /** Expired tokens are refused like any other invalid one: the token service does not say which check failed. */
    @Override
    public WebIdentityPrincipal principal(String token) {
        IdentityPoolToken verified = tokens.verify(token).orElseThrow(() -> new GatehouseException(
                WebIdentityError.INVALID_IDENTITY_TOKEN, "The identity pool token is invalid or expired"));
        Map<String, List<String>> keys = Map.of(PRINCIPAL + ":aud", List.of(verified.poolId()),
                PRINCIPAL + ":sub", List.of(verified.identityId()), PRINCIPAL + ":amr", verified.amr());
        return new WebIdentityPrincipal(PRINCIPAL, null, PRINCIPAL, verified.identityId(), verified.poolId(), keys);
    }
}
