package io.gatehouse.userpool.triggers;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.Ids;
import io.gatehouse.userpool.UserPoolService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The HMAC signing secret of a pool's triggers. Gatehouse generates it (256 bits); an
 * administrator obtains it only from {@link #rotate}, which replaces it, so it is shown once.
 * A pool whose triggers fire before any rotation gets one generated on first use, committed on
 * its own so every call agrees; rotating then reveals a secret the receiver can use.
 */
@ApplicationScoped
public class TriggerSecrets {

    static final String PREFIX = "ghtrg_";

    private final TriggerSecretStore store;
    private final UserPoolService pools;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public TriggerSecrets(TriggerSecretStore store, UserPoolService pools, AuditLog audit, Ids ids, Clock clock) {
        this.store = store;
        this.pools = pools;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new secret for the caller's pool, returned this once; the previous one stops verifying. */
    @Transactional
    public String rotate(String accountId, String actor, String poolId) {
        pools.get(accountId, poolId);
        String secret = PREFIX + ids.token(32);
        store.replace(poolId, secret, clock.instant());
        audit.record(AuditEntry.success("userpool.triggersecret.rotate").withAccount(accountId).withPool(poolId)
                .withActor(actor).withTarget(poolId));
        return secret;
    }

    /** The secret that signs the pool's trigger calls, created on first use. */
    String signingSecret(String poolId) {
        return QuarkusTransaction.joiningExisting().call(() -> store.find(poolId)).orElseGet(() -> {
            QuarkusTransaction.requiringNew().run(() -> store.createIfAbsent(poolId, PREFIX + ids.token(32), clock.instant()));
            return QuarkusTransaction.joiningExisting().call(() -> store.find(poolId))
                    .orElseThrow(() -> new IllegalStateException("Trigger secret not stored"));
        });
    }
}
