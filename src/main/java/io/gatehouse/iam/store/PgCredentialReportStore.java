package io.gatehouse.iam.store;

import io.gatehouse.iam.CredentialReport;
import io.gatehouse.iam.CredentialReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgCredentialReportStore implements CredentialReportStore {

    private final EntityManager em;

    PgCredentialReportStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CredentialReport> find(String accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT content, generated_at FROM iam_credential_report WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new CredentialReport((String) r[0], instant(r[1])));
    }

    @Override
    public void save(String accountId, CredentialReport report) {
        em.createNativeQuery("""
                INSERT INTO iam_credential_report(account_id, content, generated_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (account_id) DO UPDATE SET content = EXCLUDED.content, generated_at = EXCLUDED.generated_at""")
                .setParameter(1, accountId).setParameter(2, report.csv()).setParameter(3, report.generatedAt())
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
