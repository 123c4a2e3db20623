package io.gatehouse.userpool.store;

import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PgGroupStore implements GroupStore {

    private final EntityManager em;

    PgGroupStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(Group group) {
        GroupEntity e = new GroupEntity();
        e.poolId = group.poolId();
        e.name = group.name();
        e.createdAt = group.createdAt();
        copy(group, e);
        e.persist();
    }

    @Override
    public void update(Group group) {
        copy(group, GroupEntity.findById(new GroupEntity.Key(group.poolId(), group.name())));
    }

    @Override
    public Optional<Group> find(String poolId, String name) {
        return GroupEntity.<GroupEntity>findByIdOptional(new GroupEntity.Key(poolId, name)).map(PgGroupStore::toRecord);
    }

    @Override
    public List<Group> list(String poolId, String afterName, int limit) {
        return GroupEntity.<GroupEntity>find("poolId = ?1 and name > ?2", Sort.by("name"), poolId,
                        afterName == null ? "" : afterName)
                .page(0, limit).list().stream().map(PgGroupStore::toRecord).toList();
    }

    @Override
    public boolean delete(String poolId, String name) {
        return GroupEntity.deleteById(new GroupEntity.Key(poolId, name));
    }

    @Override
    public void addMember(String poolId, String groupName, UUID sub) {
        em.createNativeQuery("INSERT INTO group_member(pool_id, group_name, sub) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, poolId).setParameter(2, groupName).setParameter(3, sub)
                .executeUpdate();
    }

    @Override
    public boolean removeMember(String poolId, String groupName, UUID sub) {
        return em.createNativeQuery("DELETE FROM group_member WHERE pool_id = ?1 AND group_name = ?2 AND sub = ?3")
                .setParameter(1, poolId).setParameter(2, groupName).setParameter(3, sub)
                .executeUpdate() > 0;
    }

    @Override
    public List<Group> groupsOf(UUID sub) {
        @SuppressWarnings("unchecked")
        List<GroupEntity> rows = em.createNativeQuery("""
                SELECT g.* FROM pool_group g JOIN group_member m ON m.pool_id = g.pool_id AND m.group_name = g.name
                WHERE m.sub = ?1 ORDER BY g.precedence NULLS LAST, g.name""", GroupEntity.class)
                .setParameter(1, sub).getResultList();
        return rows.stream().map(PgGroupStore::toRecord).toList();
    }

    @Override
    public List<UUID> members(String poolId, String groupName, UUID afterSub, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> subs = em.createNativeQuery("""
                SELECT sub FROM group_member WHERE pool_id = ?1 AND group_name = ?2
                AND sub > ?3 ORDER BY sub LIMIT ?4""", UUID.class)
                .setParameter(1, poolId).setParameter(2, groupName)
                .setParameter(3, afterSub == null ? new UUID(0L, 0L) : afterSub)
                .setParameter(4, limit).getResultList();
        return subs;
    }

    private static void copy(Group g, GroupEntity e) {
        e.description = g.description();
        e.precedence = g.precedence();
        e.roleArn = g.roleArn();
    }

    private static Group toRecord(GroupEntity e) {
        return new Group(e.poolId, e.name, e.description, e.precedence, e.roleArn, e.createdAt);
    }
}
