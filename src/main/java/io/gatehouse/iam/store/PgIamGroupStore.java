package io.gatehouse.iam.store;

import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamGroupStore;
import io.gatehouse.iam.IamUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgIamGroupStore implements IamGroupStore {

    private final EntityManager em;

    PgIamGroupStore(EntityManager em) {
        this.em = em;
    }

    /** A native insert, so a concurrent insert of the same name is reported here instead of failing the commit. */
    @Override
    public boolean insert(IamGroup group) {
        return em.createNativeQuery("""
                INSERT INTO iam_group(id, account_id, name, path, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, group.id()).setParameter(2, group.accountId()).setParameter(3, group.name())
                .setParameter(4, group.path()).setParameter(5, group.createdAt()).executeUpdate() > 0;
    }

    @Override
    public Optional<IamGroup> find(String accountId, String name) {
        return IamGroupEntity.<IamGroupEntity>find("accountId = ?1 and lower(name) = lower(?2)", accountId, name)
                .firstResultOptional().map(PgIamGroupStore::toRecord);
    }

    @Override
    public List<IamGroup> list(String accountId, String pathPrefix, String afterName, int limit) {
        return IamGroupEntity.<IamGroupEntity>find("accountId = ?1 and path like ?2 and lower(name) > lower(?3) order by lower(name)",
                        accountId, PgIamUserStore.like(pathPrefix),
                        afterName == null ? "" : afterName)
                .page(0, limit).list().stream().map(PgIamGroupStore::toRecord).toList();
    }

    @Override
    public long count(String accountId) {
        return IamGroupEntity.count("accountId", accountId);
    }

    @Override
    public void rename(String groupId, String newName, String newPath) {
        IamGroupEntity e = IamGroupEntity.findById(groupId);
        e.name = newName;
        e.path = newPath;
    }

    @Override
    public void delete(String groupId) {
        IamGroupEntity.deleteById(groupId);
    }

    @Override
    public boolean addMember(String groupId, String userId) {
        return em.createNativeQuery("INSERT INTO iam_group_member(group_id, user_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, groupId).setParameter(2, userId).executeUpdate() > 0;
    }

    @Override
    public boolean removeMember(String groupId, String userId) {
        return em.createNativeQuery("DELETE FROM iam_group_member WHERE group_id = ?1 AND user_id = ?2")
                .setParameter(1, groupId).setParameter(2, userId).executeUpdate() > 0;
    }

    @Override
    public List<IamUser> members(String groupId) {
        @SuppressWarnings("unchecked")
        List<IamUserEntity> rows = em.createNativeQuery("""
                SELECT u.* FROM iam_user u JOIN iam_group_member m ON m.user_id = u.id
                WHERE m.group_id = ?1 ORDER BY lower(u.name)""", IamUserEntity.class)
                .setParameter(1, groupId).getResultList();
        return rows.stream().map(PgIamUserStore::toRecord).toList();
    }

    @Override
    public long memberCount(String groupId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM iam_group_member WHERE group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    @Override
    public List<IamGroup> groupsOf(String userId) {
        @SuppressWarnings("unchecked")
        List<IamGroupEntity> rows = em.createNativeQuery("""
                SELECT g.* FROM iam_group g JOIN iam_group_member m ON m.group_id = g.id
                WHERE m.user_id = ?1 ORDER BY lower(g.name)""", IamGroupEntity.class)
                .setParameter(1, userId).getResultList();
        return rows.stream().map(PgIamGroupStore::toRecord).toList();
    }

    private static IamGroup toRecord(IamGroupEntity e) {
        return new IamGroup(e.id, e.accountId, e.name, e.path, e.createdAt);
    }
}
