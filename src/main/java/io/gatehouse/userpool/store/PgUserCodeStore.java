package io.gatehouse.userpool.store;

import io.gatehouse.userpool.signup.UserCodeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link UserCodeStore} on the {@code user_code} table: atomic upserts and conditional deletes. */
@ApplicationScoped
class PgUserCodeStore implements UserCodeStore {

    private final EntityManager em;

    PgUserCodeStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public int replace(StoredCode code, Instant windowStartsAfter) {
        Object issued = em.createNativeQuery("""
                INSERT INTO user_code (sub, purpose, code_hash, attempts, expires_at, created_at, issued, window_started_at)
                VALUES (?1, ?2, ?3, 0, ?4, ?5, 1, ?5)
                ON CONFLICT (sub, purpose) DO UPDATE SET
                  code_hash = EXCLUDED.code_hash, attempts = 0, expires_at = EXCLUDED.expires_at,
                  created_at = EXCLUDED.created_at,
                  issued = CASE WHEN user_code.window_started_at IS NULL OR user_code.window_started_at < ?6
                                THEN 1 ELSE user_code.issued + 1 END,
                  window_started_at = CASE WHEN user_code.window_started_at IS NULL OR user_code.window_started_at < ?6
                                THEN EXCLUDED.created_at ELSE user_code.window_started_at END
                RETURNING issued""")
                .setParameter(1, code.sub()).setParameter(2, code.purpose()).setParameter(3, code.codeHash())
                .setParameter(4, utc(code.expiresAt())).setParameter(5, utc(code.createdAt()))
                .setParameter(6, utc(windowStartsAfter)).getSingleResult();
        return ((Number) issued).intValue();
    }

    @Override
    public Optional<StoredCode> find(UUID sub, String purpose) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT code_hash, attempts, expires_at, created_at FROM user_code WHERE sub = ?1 AND purpose = ?2""")
                .setParameter(1, sub).setParameter(2, purpose).getResultList();
        return rows.stream().findFirst().map(r -> new StoredCode(sub, purpose, (String) r[0], ((Number) r[1]).intValue(),
                instant(r[2]), instant(r[3])));
    }

    @Override
    public int recordFailedAttempt(UUID sub, String purpose) {
        @SuppressWarnings("unchecked")
        List<Object> counts = em.createNativeQuery("""
                UPDATE user_code SET attempts = attempts + 1 WHERE sub = ?1 AND purpose = ?2 RETURNING attempts""")
                .setParameter(1, sub).setParameter(2, purpose).getResultList();
        return counts.isEmpty() ? 0 : ((Number) counts.get(0)).intValue();
    }

    @Override
    public boolean consume(UUID sub, String purpose, String codeHash) {
        return em.createNativeQuery("DELETE FROM user_code WHERE sub = ?1 AND purpose = ?2 AND code_hash = ?3")
                .setParameter(1, sub).setParameter(2, purpose).setParameter(3, codeHash).executeUpdate() == 1;
    }

    @Override
    public void discard(UUID sub, String purpose) {
        em.createNativeQuery("DELETE FROM user_code WHERE sub = ?1 AND purpose = ?2")
                .setParameter(1, sub).setParameter(2, purpose).executeUpdate();
    }

    @Override
    public int deleteExpired(Instant now, Instant windowStartsAfter) {
        return em.createNativeQuery("""
                DELETE FROM user_code WHERE expires_at <= ?1
                  AND (window_started_at IS NULL OR window_started_at < ?2)""")
                .setParameter(1, utc(now)).setParameter(2, utc(windowStartsAfter)).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
