package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.RoleSessions;
import io.gatehouse.sts.WebIdentityPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * GetCredentialsForIdentity, the enhanced flow: proves the identity (its logins, or guest access),
 * picks the role ({@link RoleSelector}) and assumes it through STS as the federated principal
 * {@code cognito-identity.amazonaws.com}, so the role's trust policy sees
 * {@code cognito-identity.amazonaws.com:aud} (the pool), {@code :sub} (the identity) and {@code :amr}.
 * Principal tags from the token claims become session tags. A role whose trust policy refuses is
 * the pool's misconfiguration ({@code InvalidIdentityPoolConfigurationException}), as in AWS.
 */
@ApplicationScoped
public class IdentityCredentials {

    public static final String SESSION_NAME = "CognitoIdentityCredentials";
    private static final String PREFIX = IdentityPoolArns.FEDERATED_PRINCIPAL + ":";

    private final IdentityService identities;
    private final OpenIdTokenService tokens;
    private final IdentityPoolStore store;
    private final LoginVerifier logins;
    private final RoleSessions sessions;
    private final AuditLog audit;

    public IdentityCredentials(IdentityService identities, OpenIdTokenService tokens, IdentityPoolStore store,
                               LoginVerifier logins, RoleSessions sessions, AuditLog audit) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.store = Objects.requireNonNull(store, "store");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Transactional
    public AssumedRole credentials(String identityId, Map<String, String> loginTokens, String customRoleArn) {
        return identities.audited("identity.credentials", identityId, () -> {
            PoolIdentity identity = identities.find(identityId);
            IdentityPool pool = store.find(identity.poolId()).orElseThrow(() -> IdentityService.notFound(identityId));
            if (customRoleArn != null) {
                IdentityPoolRules.roleArn(customRoleArn, "customRoleArn");
            }
            List<VerifiedLogin> verified = logins.verify(pool, loginTokens);
            SignInContext context = tokens.authenticate(pool, identity, verified);
            String roleArn = RoleSelector.select(store.roles(pool.id()), verified, customRoleArn);
            AssumedRole assumed = assume(pool, identityId, context, roleArn);
            audit.record(AuditEntry.success("identity.credentials").withAccount(pool.accountId()).withActor(identityId)
                    .withTarget(assumed.arn()));
            return assumed;
        });
    }

    private AssumedRole assume(IdentityPool pool, String identityId, SignInContext context, String roleArn) {
        WebIdentityPrincipal principal = new WebIdentityPrincipal(IdentityPoolArns.FEDERATED_PRINCIPAL, null,
                IdentityPoolArns.FEDERATED_PRINCIPAL, identityId, pool.id(), Map.of(
                        PREFIX + "aud", List.of(pool.id()),
                        PREFIX + "sub", List.of(identityId),
                        PREFIX + "amr", context.amr()));
        RoleSessionRequest request = new RoleSessionRequest(roleArn, SESSION_NAME, null, null, List.of(),
                context.principalTags(), Set.of(), null);
        try {
            return sessions.assumeRoleWithWebIdentity(principal, request);
        } catch (GatehouseException e) {
            if (e.code() == AuthorizationError.ACCESS_DENIED) {
                throw new GatehouseException(IdentityPoolError.INVALID_CONFIGURATION,
                        "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
            }
            throw e;
        }
    }
}
