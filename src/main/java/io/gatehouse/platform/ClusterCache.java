package io.gatehouse.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A read-through cache of configuration that every node may hold, invalidated by a
 * {@link ClusterEvents} topic. A load that raced with an invalidation is not kept, so a node
 * never caches a value older than the last change it heard of. Loads run in a transaction of
 * their own, so they see only committed data and never a caller's stale or uncommitted state.
 * Absent values are not cached.
 */
public final class ClusterCache<V> {

    private final Map<String, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public ClusterCache(ClusterEvents events, String topic) {
        events.subscribe(topic, this::invalidate);
    }

    public Optional<V> get(String key, Function<String, Optional<V>> loader) {
        V cached = entries.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<V> loaded = QuarkusTransaction.requiringNew().call(() -> loader.apply(key));
        if (loaded.isPresent() && generation.get() == before) {
            entries.put(key, loaded.get());
        }
        return loaded;
    }

    /** The cached value, without loading it; for callers that must not touch the database. */
    public Optional<V> peek(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    void invalidate(String key) {
        generation.incrementAndGet();
        if (ClusterEvents.ALL.equals(key)) {
            entries.clear();
        } else {
            entries.remove(key);
        }
    }
}
