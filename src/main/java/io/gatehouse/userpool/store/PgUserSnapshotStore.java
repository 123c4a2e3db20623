package io.gatehouse.userpool.store;

import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserSnapshot;
import io.gatehouse.userpool.UserSnapshotStore;
import io.gatehouse.userpool.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Both reads select columns, not entities: Hibernate answers an entity query with the instance its
 * persistence context already holds (as it was read earlier in the transaction), but scalar
 * columns always come from the database's answer.
 */
@ApplicationScoped
class PgUserSnapshotStore implements UserSnapshotStore {

    private final EntityManager em;

    PgUserSnapshotStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserSnapshot> read(UUID sub) {
        List<Object[]> rows = em.createQuery("""
                        SELECT u.poolId, u.username, u.enabled, u.status, u.attributes, u.createdAt, u.updatedAt,
                               u.passwordSetAt
                        FROM PoolUserEntity u WHERE u.sub = ?1""", Object[].class)
                .setParameter(1, sub).getResultList();
        return rows.stream().findFirst().map(row -> new UserSnapshot(user(sub, row), groupsOf(sub)));
    }

    @SuppressWarnings("unchecked")
    private static PoolUser user(UUID sub, Object[] row) {
        return new PoolUser(sub, (String) row[0], (String) row[1], (Boolean) row[2], UserStatus.valueOf((String) row[3]),
                null, (Map<String, String>) row[4], (Instant) row[5], (Instant) row[6], (Instant) row[7]);
    }

    /** The order of {@code cognito:groups}, as {@link io.gatehouse.userpool.GroupStore#groupsOf}. */
    @SuppressWarnings("unchecked")
    private List<Group> groupsOf(UUID sub) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT g.pool_id, g.name, g.description, g.precedence, g.role_arn, g.created_at
                        FROM pool_group g JOIN group_member m ON m.pool_id = g.pool_id AND m.group_name = g.name
                        WHERE m.sub = ?1 ORDER BY g.precedence NULLS LAST, g.name""")
                .unwrap(NativeQuery.class)
                .addScalar("pool_id", String.class).addScalar("name", String.class)
                .addScalar("description", String.class).addScalar("precedence", Integer.class)
                .addScalar("role_arn", String.class).addScalar("created_at", Instant.class)
                .setParameter(1, sub).getResultList();
        return rows.stream().map(r -> new Group((String) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                (String) r[4], (Instant) r[5])).toList();
    }
}
