package io.gatehouse.oidc;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.userpool.UserChangeListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * When a user is disabled, every token family (refresh tokens and the access tokens derived
 * from them) and every SSO session of the user is revoked in the same transaction, as
 * Cognito's AdminDisableUser "revokes all access tokens for the user".
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html">AdminDisableUser</a>
 */
@ApplicationScoped
public class UserAccessRevocation implements UserChangeListener {

    private final TokenFamilyStore families;
    private final SsoSessionStore sessions;
    private final AuditLog audit;
    private final Clock clock;

    public UserAccessRevocation(TokenFamilyStore families, SsoSessionStore sessions, AuditLog audit, Clock clock) {
        this.families = families;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void accessRevoked(String poolId, UUID sub) {
        Instant now = clock.instant();
        int tokens = families.revokeAllOf(sub, now);
        int signIns = sessions.revokeAllOf(sub, now);
        if (tokens + signIns > 0) {
            audit.record(AuditEntry.success("token.revoke.user").withPool(poolId).withActor("system")
                    .withTarget(sub.toString()));
        }
    }
}
