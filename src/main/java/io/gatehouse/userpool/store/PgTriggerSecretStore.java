package io.gatehouse.userpool.store;

import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.userpool.triggers.TriggerSecretStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgTriggerSecretStore implements TriggerSecretStore {

    private final EntityManager em;
    private final EnvelopeCipher cipher;

    PgTriggerSecretStore(EntityManager em, EnvelopeCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    @Override
    public boolean createIfAbsent(String poolId, String secret, Instant now) {
        em.flush();
        return em.createNativeQuery("""
                INSERT INTO user_pool_trigger_secret (pool_id, secret_enc, created_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (pool_id) DO NOTHING""")
                .setParameter(1, poolId).setParameter(2, cipher.seal(secret, context(poolId))).setParameter(3, now)
                .executeUpdate() == 1;
    }

    @Override
    public void replace(String poolId, String secret, Instant now) {
        em.flush();
        em.createNativeQuery("""
                INSERT INTO user_pool_trigger_secret (pool_id, secret_enc, created_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (pool_id) DO UPDATE SET secret_enc = excluded.secret_enc, created_at = excluded.created_at""")
                .setParameter(1, poolId).setParameter(2, cipher.seal(secret, context(poolId))).setParameter(3, now)
                .executeUpdate();
    }

    @Override
    public Optional<String> find(String poolId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT secret_enc FROM user_pool_trigger_secret WHERE pool_id = ?1")
                .setParameter(1, poolId).getResultList();
        return rows.stream().findFirst().map(sealed -> cipher.openString(sealed, context(poolId)));
    }

    private static String context(String poolId) {
        return "user_pool.trigger_secret:" + poolId;
    }
}
