package io.gatehouse.oidc;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Revokes a token family in its own transaction, so a revocation triggered by a detected attack
 * (code replay, refresh token reuse) commits even though the request itself fails.
 */
@ApplicationScoped
public class TokenRevocation {

    private final TokenFamilyStore families;
    private final AuditLog audit;
    private final Clock clock;

    public TokenRevocation(TokenFamilyStore families, AuditLog audit, Clock clock) {
        this.families = families;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void revokeAlone(TokenFamily family, String action, String reason) {
        revoke(family, action, reason);
    }

    @Transactional
    public void revoke(TokenFamily family, String action, String reason) {
        families.revokeOrTombstone(family, clock.instant());
        AuditEntry entry = reason == null ? AuditEntry.success(action) : AuditEntry.failure(action, reason);
        audit.record(entry.withPool(family.poolId()).withActor(family.clientId()).withTarget(family.sub().toString()));
    }
}
