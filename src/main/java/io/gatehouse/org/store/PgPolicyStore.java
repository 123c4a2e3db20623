package io.gatehouse.org.store;

import io.gatehouse.org.OrgPolicy;
import io.gatehouse.org.PolicyStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** {@link PolicyStore} on PostgreSQL; attachments are plain rows written with SQL. */
@ApplicationScoped
class PgPolicyStore implements PolicyStore {

    private final EntityManager em;

    PgPolicyStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(OrgPolicy policy) {
        PolicyEntity e = new PolicyEntity();
        e.id = policy.id();
        e.orgId = policy.orgId();
        e.awsManaged = policy.awsManaged();
        copy(policy, e);
        e.persist();
    }

    @Override
    public Optional<OrgPolicy> find(String orgId, String policyId) {
        return PolicyEntity.<PolicyEntity>findByIdOptional(policyId)
                .filter(e -> e.awsManaged || orgId.equals(e.orgId)).map(PgPolicyStore::toRecord);
    }

    @Override
    public boolean nameTaken(String orgId, String type, String name, String exceptPolicyId) {
        return PolicyEntity.count("orgId = ?1 and type = ?2 and name = ?3 and id <> ?4", orgId, type, name,
                exceptPolicyId == null ? "" : exceptPolicyId) > 0;
    }

    @Override
    public void update(OrgPolicy policy) {
        copy(policy, PolicyEntity.findById(policy.id()));
    }

    @Override
    public void delete(String policyId) {
        PolicyEntity.deleteById(policyId);
    }

    @Override
    public List<OrgPolicy> policies(String orgId) {
        return PolicyEntity.<PolicyEntity>list("orgId = ?1 or awsManaged = true", Sort.by("id"), orgId).stream()
                .map(PgPolicyStore::toRecord).toList();
    }

    @Override
    public boolean attach(String orgId, String policyId, String targetId) {
        return em.createNativeQuery("""
                INSERT INTO org_policy_attachment(org_id, policy_id, target_id) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, orgId).setParameter(2, policyId).setParameter(3, targetId).executeUpdate() > 0;
    }

    @Override
    public boolean detach(String orgId, String policyId, String targetId) {
        return em.createNativeQuery(
                        "DELETE FROM org_policy_attachment WHERE org_id = ?1 AND policy_id = ?2 AND target_id = ?3")
                .setParameter(1, orgId).setParameter(2, policyId).setParameter(3, targetId).executeUpdate() > 0;
    }

    @Override
    public void detachAll(String orgId) {
        em.createNativeQuery("DELETE FROM org_policy_attachment WHERE org_id = ?1")
                .setParameter(1, orgId).executeUpdate();
    }

    @Override
    public void detachTarget(String orgId, String targetId) {
        em.createNativeQuery("DELETE FROM org_policy_attachment WHERE org_id = ?1 AND target_id = ?2")
                .setParameter(1, orgId).setParameter(2, targetId).executeUpdate();
    }

    @Override
    public List<Attachment> attachments(String orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT policy_id, target_id FROM org_policy_attachment WHERE org_id = ?1
                ORDER BY policy_id, target_id""").setParameter(1, orgId).getResultList();
        return rows.stream().map(r -> new Attachment((String) r[0], (String) r[1])).toList();
    }

    private static void copy(OrgPolicy p, PolicyEntity e) {
        e.type = p.type();
        e.name = p.name();
        e.description = p.description();
        e.content = p.content();
    }

    private static OrgPolicy toRecord(PolicyEntity e) {
        return new OrgPolicy(e.id, e.orgId, e.type, e.name, e.description, e.content, e.awsManaged);
    }
}
