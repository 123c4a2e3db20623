package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GetOpenIdToken, the first step of the basic (classic) flow: an identity-pool OpenID token for an
 * identity, proving its logins (which are linked to it when new) or that it is a guest. The pool
 * must allow the classic flow, as in AWS; the token then goes to AssumeRoleWithWebIdentity.
 */
@ApplicationScoped
public class OpenIdTokenService {

    private final IdentityService identities;
    private final IdentityPoolStore store;
    private final LoginVerifier logins;
    private final IdentityPoolTokens tokens;
    private final AuditLog audit;

    public OpenIdTokenService(IdentityService identities, IdentityPoolStore store, LoginVerifier logins,
                              IdentityPoolTokens tokens, AuditLog audit) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.store = Objects.requireNonNull(store, "store");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The identity id and its token. */
    @Transactional
    public IssuedToken getOpenIdToken(String identityId, Map<String, String> loginTokens) {
        return identities.audited("identity.openidtoken", identityId, () -> {
            PoolIdentity identity = identities.find(identityId);
            IdentityPool pool = store.find(identity.poolId()).orElseThrow(() -> IdentityService.notFound(identityId));
            if (!pool.allowClassicFlow()) {
                throw new GatehouseException(CommonError.INVALID_PARAMETER,
                        "Basic (classic) flow is not enabled, please use enhanced flow.");
            }
            SignInContext context = authenticate(pool, identity, logins.verify(pool, loginTokens));
            String token = tokens.issue(pool.id(), identityId, context.amr(), context.principalTags(),
                    IdentityPoolTokens.DEFAULT_DURATION);
            audit.record(AuditEntry.success("identity.openidtoken").withAccount(pool.accountId()).withTarget(identityId));
            return new IssuedToken(identityId, token);
        });
    }

    /**
     * Checks that the logins prove the identity (linking new ones) and returns what they prove;
     * no logins proves a guest, which the pool must allow and the identity must be.
     */
    SignInContext authenticate(IdentityPool pool, PoolIdentity identity, List<VerifiedLogin> verified) {
        if (verified.isEmpty()) {
            if (identity.authenticated()) {
                throw new GatehouseException(CommonError.NOT_AUTHORIZED,
                        "Logins don't match. Please include at least one valid login for this identity or identity pool.");
            }
            IdentityService.requireGuestsAllowed(pool);
            return SignInContext.GUEST;
        }
        identities.resolve(pool, verified, identity.id());
        return SignInContext.of(verified, store.principalTags(pool.id()));
    }

    /** An identity id with its OpenID token. */
    public record IssuedToken(String identityId, String token) {
    }
}
