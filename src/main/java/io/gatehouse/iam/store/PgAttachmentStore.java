package io.gatehouse.iam.store;

import io.gatehouse.iam.AttachmentStore;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
class PgAttachmentStore implements AttachmentStore {

    private final EntityManager em;

    PgAttachmentStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean attach(PrincipalType type, String principalId, String policyArn) {
        return em.createNativeQuery("""
                INSERT INTO iam_attached_policy (principal_type, principal_id, policy_arn) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, type.stored()).setParameter(2, principalId).setParameter(3, policyArn)
                .executeUpdate() > 0;
    }

    @Override
    public boolean detach(PrincipalType type, String principalId, String policyArn) {
        return em.createNativeQuery("""
                DELETE FROM iam_attached_policy WHERE principal_type = ?1 AND principal_id = ?2 AND policy_arn = ?3""")
                .setParameter(1, type.stored()).setParameter(2, principalId).setParameter(3, policyArn)
                .executeUpdate() > 0;
    }

    @Override
    public List<String> attached(PrincipalType type, String principalId) {
        @SuppressWarnings("unchecked")
        List<String> arns = em.createNativeQuery("""
                SELECT policy_arn FROM iam_attached_policy WHERE principal_type = ?1 AND principal_id = ?2
                ORDER BY policy_arn""", String.class)
                .setParameter(1, type.stored()).setParameter(2, principalId).getResultList();
        return arns;
    }
}
