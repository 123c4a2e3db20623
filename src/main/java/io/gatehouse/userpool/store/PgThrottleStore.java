package io.gatehouse.userpool.store;

import io.gatehouse.userpool.signin.ThrottleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgThrottleStore implements ThrottleStore {

    private final EntityManager em;

    PgThrottleStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Instant> blockedUntil(String key) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT blocked_until FROM sign_in_throttle WHERE throttle_key = ?1")
                .setParameter(1, key).getResultList();
        return rows.stream().filter(r -> r != null).findFirst().map(PgThrottleStore::toInstant);
    }

    @Override
    public int recordFailure(String key, Instant now, Instant forgetBefore) {
        Object count = em.createNativeQuery("""
                INSERT INTO sign_in_throttle(throttle_key, failures, last_failure_at) VALUES (?1, 1, ?2)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN sign_in_throttle.last_failure_at < ?3 THEN 1 ELSE sign_in_throttle.failures + 1 END,
                  last_failure_at = ?2
                RETURNING failures""")
                .setParameter(1, key).setParameter(2, now).setParameter(3, forgetBefore).getSingleResult();
        return ((Number) count).intValue();
    }

    @Override
    public void block(String key, Instant until) {
        em.createNativeQuery("UPDATE sign_in_throttle SET blocked_until = ?2 WHERE throttle_key = ?1")
                .setParameter(1, key).setParameter(2, until).executeUpdate();
    }

    @Override
    public void clear(String key) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?1").setParameter(1, key).executeUpdate();
    }

    @Override
    public int deleteIdle(Instant before, Instant now) {
        return em.createNativeQuery("""
                DELETE FROM sign_in_throttle WHERE last_failure_at < ?1 AND (blocked_until IS NULL OR blocked_until < ?2)""")
                .setParameter(1, before).setParameter(2, now).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
