package io.gatehouse.iam.store;

import io.gatehouse.iam.InlinePolicyStore;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class PgInlinePolicyStore implements InlinePolicyStore {

    private final EntityManager em;

    PgInlinePolicyStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void put(PrincipalType type, String principalId, String name, String document) {
        em.createNativeQuery("""
                INSERT INTO iam_inline_policy (principal_type, principal_id, name, document) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (principal_type, principal_id, name) DO UPDATE SET document = EXCLUDED.document""")
                .setParameter(1, type.stored()).setParameter(2, principalId).setParameter(3, name)
                .setParameter(4, document).executeUpdate();
    }

    @Override
    public Optional<String> find(PrincipalType type, String principalId, String name) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                SELECT document FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2 AND name = ?3""",
                        String.class)
                .setParameter(1, type.stored()).setParameter(2, principalId).setParameter(3, name).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public Map<String, String> all(PrincipalType type, String principalId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT name, document FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2
                ORDER BY name""").setParameter(1, type.stored()).setParameter(2, principalId).getResultList();
        Map<String, String> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], (String) r[1]));
        return result;
    }

    @Override
    public boolean delete(PrincipalType type, String principalId, String name) {
        return em.createNativeQuery("""
                DELETE FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2 AND name = ?3""")
                .setParameter(1, type.stored()).setParameter(2, principalId).setParameter(3, name).executeUpdate() > 0;
    }

    @Override
    public boolean any(PrincipalType type, String principalId) {
        return !em.createNativeQuery("SELECT 1 FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2 LIMIT 1")
                .setParameter(1, type.stored()).setParameter(2, principalId).getResultList().isEmpty();
    }

    @Override
    public List<String> names(PrincipalType type, String principalId, String afterName, int limit) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                SELECT name FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2 AND name > ?3
                ORDER BY name LIMIT ?4""", String.class)
                .setParameter(1, type.stored()).setParameter(2, principalId)
                .setParameter(3, afterName == null ? "" : afterName).setParameter(4, limit).getResultList();
        return names;
    }
}
