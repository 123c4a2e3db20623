package io.gatehouse.org.store;

import io.gatehouse.org.CreateAccountStatus;
import io.gatehouse.org.MemberAccount;
import io.gatehouse.org.OrgStore;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationalUnit;
import io.gatehouse.org.Root;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@link OrgStore} on PostgreSQL. Account names and e-mails are read from the {@code account}
 * table, which owns them, so a membership never holds a stale copy.
 */
@ApplicationScoped
class PgOrgStore implements OrgStore {

    private static final String MEMBER_SELECT = """
            SELECT m.account_id, m.org_id, m.parent_id, a.name, a.root_email, m.joined_method, m.joined_at, m.status
            FROM org_account m JOIN account a ON a.id = m.account_id""";

    private final EntityManager em;

    PgOrgStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insertOrganization(Organization organization, Root root) {
        OrganizationEntity o = new OrganizationEntity();
        o.id = organization.id();
        o.managementAccountId = organization.managementAccountId();
        o.featureSet = organization.featureSet();
        o.createdAt = organization.createdAt();
        o.persist();
        RootEntity r = new RootEntity();
        r.id = root.id();
        r.orgId = organization.id();
        r.name = root.name();
        r.persist();
    }

    @Override
    public Optional<Organization> findOrganization(String orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.id, o.management_account_id, a.root_email, o.feature_set, o.created_at
                FROM organization o JOIN account a ON a.id = o.management_account_id WHERE o.id = ?1""")
                .setParameter(1, orgId).getResultList();
        return rows.stream().findFirst().map(r -> new Organization((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], instant(r[4])));
    }

    @Override
    public void deleteOrganization(String orgId) {
        em.flush();
        em.createNativeQuery("DELETE FROM organization WHERE id = ?1").setParameter(1, orgId).executeUpdate();
        em.clear();
    }

    @Override
    public Root rootOf(String orgId) {
        RootEntity r = RootEntity.<RootEntity>find("orgId", orgId).singleResult();
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("SELECT policy_type FROM org_root_policy_type WHERE root_id = ?1",
                String.class).setParameter(1, r.id).getResultList();
        return new Root(r.id, r.orgId, r.name, new HashSet<>(types));
    }

    @Override
    public void enablePolicyType(String rootId, String policyType) {
        em.createNativeQuery("INSERT INTO org_root_policy_type(root_id, policy_type) VALUES (?1, ?2)")
                .setParameter(1, rootId).setParameter(2, policyType).executeUpdate();
    }

    @Override
    public void disablePolicyType(String rootId, String policyType) {
        em.createNativeQuery("DELETE FROM org_root_policy_type WHERE root_id = ?1 AND policy_type = ?2")
                .setParameter(1, rootId).setParameter(2, policyType).executeUpdate();
    }

    @Override
    public void insertUnit(OrganizationalUnit unit) {
        UnitEntity e = new UnitEntity();
        e.id = unit.id();
        e.orgId = unit.orgId();
        e.parentId = unit.parentId();
        e.name = unit.name();
        e.createdAt = unit.createdAt();
        e.persist();
    }

    @Override
    public Optional<OrganizationalUnit> findUnit(String ouId) {
        return UnitEntity.<UnitEntity>findByIdOptional(ouId).map(PgOrgStore::toUnit);
    }

    @Override
    public void renameUnit(String ouId, String name) {
        UnitEntity.<UnitEntity>findById(ouId).name = name;
    }

    @Override
    public void deleteUnit(String ouId) {
        UnitEntity.deleteById(ouId);
    }

    @Override
    public List<OrganizationalUnit> units(String orgId) {
        return UnitEntity.<UnitEntity>list("orgId", Sort.by("id"), orgId).stream().map(PgOrgStore::toUnit).toList();
    }

    @Override
    public void insertMember(MemberAccount member) {
        MemberEntity e = new MemberEntity();
        e.accountId = member.accountId();
        e.orgId = member.orgId();
        e.parentId = member.parentId();
        e.joinedMethod = member.joinedMethod();
        e.joinedAt = member.joinedAt();
        e.status = member.status();
        e.persist();
    }

    @Override
    public Optional<MemberAccount> findMember(String accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MEMBER_SELECT + " WHERE m.account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(PgOrgStore::toMember);
    }

    @Override
    public void moveMember(String accountId, String parentId) {
        MemberEntity.<MemberEntity>findById(accountId).parentId = parentId;
    }

    @Override
    public void deleteMember(String accountId) {
        MemberEntity.deleteById(accountId);
    }

    @Override
    public List<MemberAccount> members(String orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MEMBER_SELECT + " WHERE m.org_id = ?1 ORDER BY m.account_id")
                .setParameter(1, orgId).getResultList();
        return rows.stream().map(PgOrgStore::toMember).toList();
    }

    @Override
    public void insertStatus(CreateAccountStatus status) {
        CreateAccountStatusEntity e = new CreateAccountStatusEntity();
        e.id = status.id();
        e.orgId = status.orgId();
        e.accountName = status.accountName();
        e.accountId = status.accountId();
        e.state = status.state();
        e.failureReason = status.failureReason();
        e.requestedAt = status.requestedAt();
        e.completedAt = status.completedAt();
        e.persist();
    }

    @Override
    public Optional<CreateAccountStatus> findStatus(String requestId) {
        return CreateAccountStatusEntity.<CreateAccountStatusEntity>findByIdOptional(requestId).map(PgOrgStore::toStatus);
    }

    @Override
    public List<CreateAccountStatus> statuses(String orgId) {
        return CreateAccountStatusEntity.<CreateAccountStatusEntity>list("orgId", Sort.by("id"), orgId).stream()
                .map(PgOrgStore::toStatus).toList();
    }

    private static OrganizationalUnit toUnit(UnitEntity e) {
        return new OrganizationalUnit(e.id, e.orgId, e.parentId, e.name, e.createdAt);
    }

    private static CreateAccountStatus toStatus(CreateAccountStatusEntity e) {
        return new CreateAccountStatus(e.id, e.orgId, e.accountName, e.accountId, e.state, e.failureReason,
                e.requestedAt, e.completedAt);
    }

    private static MemberAccount toMember(Object[] r) {
        return new MemberAccount((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], instant(r[6]), (String) r[7]);
    }

    /** A timestamptz column of a native query, as the JDBC driver hands it over. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
