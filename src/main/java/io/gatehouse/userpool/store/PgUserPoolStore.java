package io.gatehouse.userpool.store;

import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.userpool.UserDirectory;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Deleting a pool deletes its users and groups with it (foreign keys), so it publishes the pool on
 * {@link UserDirectory#POOL_TOPIC} in the deleting transaction, as the user and group stores do
 * for their own writes.
 */
@ApplicationScoped
class PgUserPoolStore implements UserPoolStore {

    private final ClusterEvents events;

    PgUserPoolStore(ClusterEvents events) {
        this.events = events;
    }

    @Override
    public void insert(UserPool pool) {
        UserPoolEntity e = new UserPoolEntity();
        e.id = pool.id();
        copy(pool, e);
        e.persist();
    }

    @Override
    public void update(UserPool pool) {
        UserPoolEntity e = UserPoolEntity.findById(pool.id());
        copy(pool, e);
    }

    @Override
    public Optional<UserPool> find(String poolId) {
        return UserPoolEntity.<UserPoolEntity>findByIdOptional(poolId).map(PgUserPoolStore::toRecord);
    }

    @Override
    public List<UserPool> list(String accountId, String afterId, int limit) {
        return UserPoolEntity.<UserPoolEntity>find("accountId = ?1 and id > ?2", Sort.by("id"), accountId,
                        afterId == null ? "" : afterId)
                .page(0, limit).list().stream().map(PgUserPoolStore::toRecord).toList();
    }

    @Override
    public boolean delete(String poolId) {
        events.publish(UserDirectory.POOL_TOPIC, poolId);
        return UserPoolEntity.deleteById(poolId);
    }

    private static void copy(UserPool pool, UserPoolEntity e) {
        e.accountId = pool.accountId();
        e.name = pool.name();
        e.settings = pool.settings();
        e.createdAt = pool.createdAt();
        e.updatedAt = pool.updatedAt();
    }

    private static UserPool toRecord(UserPoolEntity e) {
        return new UserPool(e.id, e.accountId, e.name, e.settings, e.createdAt, e.updatedAt);
    }
}
