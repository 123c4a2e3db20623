package io.gatehouse.userpool.store;

import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupStore;
import io.gatehouse.userpool.UserDirectory;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change that alters a user's groups publishes in the writing transaction, so no node keeps
 * serving stale group claims: a membership change the user's sub on {@link UserDirectory#USER_TOPIC},
 * a group changed or deleted its pool on {@link UserDirectory#POOL_TOPIC} (it may have any number
 * of members). A new group has no members yet, so its insert publishes nothing.
 */
@ApplicationScoped
class PgGroupStore implements GroupStore {

    private final EntityManager em;
    private final ClusterEvents events;

    PgGroupStore(EntityManager em, ClusterEvents events) {
        this.em = em;
        this.events = events;
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
        events.publish(UserDirectory.POOL_TOPIC, group.poolId());
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
        events.publish(UserDirectory.POOL_TOPIC, poolId);
        return GroupEntity.deleteById(new GroupEntity.Key(poolId, name));
    }

    @Override
    public void addMember(String poolId, String groupName, UUID sub) {
        em.createNativeQuery("INSERT INTO group_member(pool_id, group_name, sub) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, poolId).setParameter(2, groupName).setParameter(3, sub)
                .executeUpdate();
        events.publish(UserDirectory.USER_TOPIC, sub.toString());
    }

    @Override
    public boolean removeMember(String poolId, String groupName, UUID sub) {
        events.publish(UserDirectory.USER_TOPIC, sub.toString());
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
