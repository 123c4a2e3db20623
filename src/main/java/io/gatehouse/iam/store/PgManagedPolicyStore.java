package io.gatehouse.iam.store;

import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.ManagedPolicyStore;
import io.gatehouse.iam.PolicyArns;
import io.gatehouse.iam.PolicyVersion;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class PgManagedPolicyStore implements ManagedPolicyStore {

    /** The ids of the account's users, groups and roles: attachments have no account column of their own. */
    static final String ACCOUNT_PRINCIPALS = """
            (SELECT id FROM iam_user WHERE account_id = :account UNION ALL
             SELECT id FROM iam_group WHERE account_id = :account UNION ALL
             SELECT id FROM iam_role WHERE account_id = :account)""";

    private final EntityManager em;

    PgManagedPolicyStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(ManagedPolicy policy, PolicyVersion first) {
        ManagedPolicyEntity e = new ManagedPolicyEntity();
        e.id = policy.id();
        e.accountId = policy.accountId();
        e.name = policy.name();
        e.path = policy.path();
        e.description = policy.description();
        e.defaultVersion = first.version();
        e.nextVersion = first.version() + 1;
        e.tags = new HashMap<>(policy.tags());
        e.createdAt = policy.createdAt();
        e.updatedAt = policy.updatedAt();
        e.persist();
        persistVersion(policy.id(), first.version(), first.document(), first.createdAt());
    }

    @Override
    public Optional<ManagedPolicy> find(String accountId, String name) {
        return ManagedPolicyEntity.<ManagedPolicyEntity>find("accountId = ?1 and lower(name) = lower(?2)", accountId, name)
                .firstResultOptional().map(this::toRecord);
    }

    @Override
    public Optional<ManagedPolicy> findById(String accountId, String policyId) {
        return ManagedPolicyEntity.<ManagedPolicyEntity>findByIdOptional(policyId)
                .filter(e -> e.accountId.equals(accountId)).map(this::toRecord);
    }

    @Override
    public List<ManagedPolicy> list(String accountId, String pathPrefix, boolean onlyAttached, String afterKey,
                                    int limit) {
        String attached = onlyAttached ? " AND EXISTS (SELECT 1 FROM iam_attached_policy a WHERE a.policy_arn = "
                + "'arn:aws:iam::' || p.account_id || ':policy' || p.path || p.name AND a.principal_id IN "
                + ACCOUNT_PRINCIPALS + ")" : "";
        @SuppressWarnings("unchecked")
        List<ManagedPolicyEntity> rows = em.createNativeQuery("SELECT p.* FROM iam_policy p WHERE p.account_id = :account"
                        + " AND starts_with(p.path, :prefix) AND lower(p.name) > :after" + attached
                        + " ORDER BY lower(p.name) LIMIT :limit", ManagedPolicyEntity.class)
                .setParameter("account", accountId).setParameter("prefix", pathPrefix)
                .setParameter("after", afterKey == null ? "" : afterKey).setParameter("limit", limit).getResultList();
        return rows.stream().map(this::toRecord).toList();
    }

    @Override
    public Usage usage(String accountId, String policyArn) {
        Number attachments = (Number) em.createNativeQuery("SELECT count(*) FROM iam_attached_policy "
                        + "WHERE policy_arn = :arn AND principal_id IN " + ACCOUNT_PRINCIPALS)
                .setParameter("arn", policyArn).setParameter("account", accountId).getSingleResult();
        Number boundaries = (Number) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM iam_user WHERE account_id = :account AND permissions_boundary = :arn)
                     + (SELECT count(*) FROM iam_role WHERE account_id = :account AND permissions_boundary = :arn)""")
                .setParameter("arn", policyArn).setParameter("account", accountId).getSingleResult();
        return new Usage(attachments.intValue(), boundaries.intValue());
    }

    @Override
    public List<PolicyVersion> versions(String policyId, int defaultVersion) {
        return PolicyVersionEntity.<PolicyVersionEntity>list("policyId", Sort.descending("version"), policyId).stream()
                .map(v -> new PolicyVersion(v.version, v.document, v.version == defaultVersion, v.createdAt)).toList();
    }

    @Override
    public void lock(String policyId) {
        em.find(ManagedPolicyEntity.class, policyId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public PolicyVersion addVersion(String policyId, String document, Instant at) {
        ManagedPolicyEntity policy = ManagedPolicyEntity.findById(policyId);
        int version = policy.nextVersion;
        policy.nextVersion = version + 1;
        policy.updatedAt = at;
        persistVersion(policyId, version, document, at);
        return new PolicyVersion(version, document, false, at);
    }

    @Override
    public boolean deleteVersion(String policyId, int version) {
        return PolicyVersionEntity.deleteById(new PolicyVersionEntity.Key(policyId, version));
    }

    @Override
    public void setDefaultVersion(String policyId, int version, Instant at) {
        ManagedPolicyEntity policy = ManagedPolicyEntity.findById(policyId);
        policy.defaultVersion = version;
        policy.updatedAt = at;
    }

    @Override
    public void updateTags(ManagedPolicy policy) {
        ManagedPolicyEntity e = ManagedPolicyEntity.findById(policy.id());
        e.tags = new HashMap<>(policy.tags());
    }

    @Override
    public void delete(String policyId) {
        PolicyVersionEntity.delete("policyId", policyId);
        ManagedPolicyEntity.deleteById(policyId);
    }

    private static void persistVersion(String policyId, int version, String document, Instant at) {
        PolicyVersionEntity v = new PolicyVersionEntity();
        v.policyId = policyId;
        v.version = version;
        v.document = document;
        v.createdAt = at;
        v.persist();
    }

    private ManagedPolicy toRecord(ManagedPolicyEntity e) {
        Usage usage = usage(e.accountId, PolicyArns.of(e.accountId, e.path, e.name));
        return new ManagedPolicy(e.id, e.accountId, e.name, e.path, e.description, e.defaultVersion,
                usage.attachments(), usage.boundaryUses(), e.tags == null ? Map.of() : e.tags, e.createdAt, e.updatedAt);
    }
}
