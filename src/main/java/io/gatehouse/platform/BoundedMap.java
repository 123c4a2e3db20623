package io.gatehouse.platform;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A concurrent map that keeps at most {@code capacity} entries by dropping the oldest inserted,
 * so a node's cache of a table with millions of rows keeps bounded memory while its reads stay
 * lock-free {@link ConcurrentHashMap} lookups. Every insert queues its key; once more than
 * {@code capacity} inserts are queued, the oldest is taken off the queue and its entry removed,
 * unless the key was inserted again since (entries are compared by identity, not by value).
 * Entries removed by {@link #remove} or {@link #clear} leave their queue slot behind, so under
 * churn the map may hold somewhat fewer than {@code capacity} entries, never more than
 * {@code capacity} plus the number of inserts in flight.
 */
public final class BoundedMap<K, V> {

    private final int capacity;
    private final ConcurrentHashMap<K, Slot<V>> entries = new ConcurrentHashMap<>();
    private final Queue<Queued<K, V>> insertions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    public BoundedMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value under {@code key}, or null. */
    public V get(K key) {
        Slot<V> slot = entries.get(key);
        return slot == null ? null : slot.value;
    }

    public void put(K key, V value) {
        Slot<V> slot = new Slot<>(value);
        entries.put(key, slot);
        insertions.add(new Queued<>(key, slot));
        if (queued.incrementAndGet() > capacity) {
            Queued<K, V> oldest = insertions.poll();
            if (oldest != null) {
                queued.decrementAndGet();
                entries.remove(oldest.key, oldest.slot);
            }
        }
    }

    /** Removes {@code key} only while it still maps to {@code value} (the same instance). */
    public void remove(K key, V value) {
        Slot<V> slot = entries.get(key);
        if (slot != null && slot.value == value) {
            entries.remove(key, slot);
        }
    }

    public void remove(K key) {
        entries.remove(key);
    }

    public void removeIf(Predicate<V> condition) {
        entries.values().removeIf(slot -> condition.test(slot.value));
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    /** A box compared by identity, so an eviction never removes a newer insert of the same key and value. */
    private static final class Slot<V> {
        final V value;

        Slot(V value) {
            this.value = value;
        }
    }

    private record Queued<K, V>(K key, Slot<V> slot) {
    }
}
