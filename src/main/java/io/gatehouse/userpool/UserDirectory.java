package io.gatehouse.userpool;

import io.gatehouse.platform.BoundedMap;
import io.gatehouse.platform.ClusterEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users the token paths read on every request (UserInfo, the refresh grant, the code
 * exchange), with their groups, kept per node so that those requests read no user row.
 *
 * <p>Invalidation has one choke point: every write method of the user, group and pool stores
 * publishes on {@link #USER_TOPIC} (the user's sub) or {@link #POOL_TOPIC} (a pool id: every user
 * of the pool, for a group changed or deleted, or the pool deleted) inside the writing
 * transaction, and every node forgets the entries once it commits. As in
 * {@link io.gatehouse.platform.ClusterCache}, a load that raced with an invalidation is used once
 * but not kept, and the listener's reconnection drops everything. As in
 * {@code oidc.FamilyRevocationCheck}, nothing is served from memory while the cluster listener is
 * not known to be up. So a disabled or deleted user is refused on every node within the NOTIFY
 * latency, and a node whose listener failed reads the database from the moment it notices.
 *
 * <p>Inside a transaction the user is read in that transaction (a transaction of its own would
 * hold a second pooled connection per request, which a cold cache under load can exhaust); a
 * transaction that has itself changed the user or the user's pool neither reads the cache nor
 * fills it, since its change is not committed and may still roll back.
 */
@ApplicationScoped
public class UserDirectory {

    /** Topic whose key is a user's sub (or {@link ClusterEvents#ALL}): that user or its group memberships changed. */
    public static final String USER_TOPIC = "pool-user";
    /** Topic whose key is a pool id: a group of the pool changed or was deleted, or the pool was deleted. */
    public static final String POOL_TOPIC = "pool-users";

    private final ClusterEvents events;
    private final UserSnapshotStore store;
    private final BoundedMap<UUID, UserSnapshot> entries;
    private final AtomicLong generation = new AtomicLong();

    public UserDirectory(ClusterEvents events, UserSnapshotStore store, UserCacheConfig config) {
        this.events = events;
        this.store = store;
        this.entries = config.maxEntries() > 0 ? new BoundedMap<>(config.maxEntries()) : null;
        events.subscribe(USER_TOPIC, this::forgetUser);
        events.subscribe(POOL_TOPIC, this::forgetPool);
    }

    /** The user {@code sub} with groups as last committed (or as changed by the current transaction); disabled users too. */
    public Optional<UserSnapshot> find(UUID sub) {
        if (entries == null || !events.listening() || events.publishedInTransaction(USER_TOPIC, sub.toString())) {
            return read(sub);
        }
        UserSnapshot cached = entries.get(sub);
        if (cached != null && !changedPoolInTransaction(cached)) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<UserSnapshot> loaded = read(sub);
        loaded.filter(snapshot -> !changedPoolInTransaction(snapshot)).ifPresent(snapshot -> remember(snapshot, before));
        return loaded;
    }

    /** Whether {@code sub} is held in memory now (for tests). */
    boolean remembers(UUID sub) {
        return entries != null && entries.get(sub) != null;
    }

    private Optional<UserSnapshot> read(UUID sub) {
        if (QuarkusTransaction.isActive()) {
            return store.read(sub);
        }
        return QuarkusTransaction.requiringNew().call(() -> store.read(sub));
    }

    private boolean changedPoolInTransaction(UserSnapshot snapshot) {
        return events.publishedInTransaction(POOL_TOPIC, snapshot.user().poolId());
    }

    /** Stored, then taken back if an invalidation arrived meanwhile, so no interleaving leaves a stale entry. */
    private void remember(UserSnapshot snapshot, long before) {
        UUID sub = snapshot.user().sub();
        entries.put(sub, snapshot);
        if (generation.get() != before) {
            entries.remove(sub, snapshot);
        }
    }

    /** {@link ClusterEvents#ALL}, like anything that is not a sub, forgets everyone. */
    private void forgetUser(String sub) {
        generation.incrementAndGet();
        if (entries == null) {
            return;
        }
        try {
            entries.remove(UUID.fromString(sub));
        } catch (IllegalArgumentException notASub) {
            entries.clear();
        }
    }

    private void forgetPool(String poolId) {
        generation.incrementAndGet();
        if (entries == null) {
            return;
        }
        if (ClusterEvents.ALL.equals(poolId)) {
            entries.clear();
        } else {
            entries.removeIf(snapshot -> snapshot.user().poolId().equals(poolId));
        }
    }
}
