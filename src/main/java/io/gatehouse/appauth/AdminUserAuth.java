package io.gatehouse.appauth;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.oidc.UserAccessRevocation;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signin.UserMfa;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * An administrator's hold on a user's sign-in: MFA preferences (AdminSetUserMFAPreference) and
 * signing the user out everywhere (AdminUserGlobalSignOut), in the caller's account.
 */
@ApplicationScoped
public class AdminUserAuth {

    private final UserPoolService pools;
    private final UserService users;
    private final MfaPreferences mfa;
    private final UserAccessRevocation revocation;
    private final AuditLog audit;

    public AdminUserAuth(UserPoolService pools, UserService users, MfaPreferences mfa, UserAccessRevocation revocation,
                         AuditLog audit) {
        this.pools = pools;
        this.users = users;
        this.mfa = mfa;
        this.revocation = revocation;
        this.audit = audit;
    }

    public void setMfaPreference(String accountId, String actor, String poolId, String username,
                                 MfaPreferences.Setting totp, MfaPreferences.Setting email) {
        UserPool pool = pools.get(accountId, poolId);
        mfa.set(pool, users.get(accountId, poolId, username), totp, email, actor);
    }

    /** The user's MFA state, for AdminGetUser. */
    public Optional<UserMfa> mfaOf(String accountId, String poolId, String username) {
        return mfa.of(users.get(accountId, poolId, username));
    }

    @Transactional
    public void globalSignOut(String accountId, String actor, String poolId, String username) {
        PoolUser user = users.get(accountId, poolId, username);
        revocation.accessRevoked(poolId, user.sub());
        audit.record(AuditEntry.success("user.signout.global").withAccount(accountId).withPool(poolId).withActor(actor)
                .withTarget(user.username()));
    }
}
