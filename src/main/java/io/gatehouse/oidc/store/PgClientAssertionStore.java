package io.gatehouse.oidc.store;

import io.gatehouse.oidc.ClientAssertionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

@ApplicationScoped
class PgClientAssertionStore implements ClientAssertionStore {

    private final EntityManager em;

    PgClientAssertionStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean recordOnce(String jtiHash, String clientId, Instant expiresAt) {
        return em.createNativeQuery("""
                INSERT INTO client_assertion(jti_hash, client_id, expires_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (jti_hash) DO NOTHING""")
                .setParameter(1, jtiHash).setParameter(2, clientId).setParameter(3, expiresAt)
                .executeUpdate() == 1;
    }

    @Override
    public int deleteExpired(Instant before) {
        return em.createNativeQuery("DELETE FROM client_assertion WHERE expires_at < ?1")
                .setParameter(1, before).executeUpdate();
    }
}
