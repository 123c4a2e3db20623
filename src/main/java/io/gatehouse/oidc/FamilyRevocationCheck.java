package io.gatehouse.oidc;

import io.gatehouse.platform.ClusterEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the family of an access token ({@code origin_jti}) is revoked, answered from memory
 * so that introspection and UserInfo read no database row per request.
 *
 * <p>The node remembers families it has read as <em>active</em> (existing, not revoked). Every
 * change that ends a family publishes its id (or {@link ClusterEvents#ALL}) on {@link #TOPIC}
 * in the revoking transaction, and every node forgets it once that commits. What is remembered
 * is a positive answer, so a missed notification, a node that just started or a family deleted
 * together with its user all fall back to the database. Whenever the cluster listener is not
 * connected the database is read, and the memory dropped when it reconnects. A read that raced
 * with a revocation is not kept, as in {@link io.gatehouse.platform.ClusterCache}. The memory is
 * bounded: families long past expiry are pruned, and it is emptied when it still is full.
 * docs/security.md explains the window (other nodes hear of a revocation just after commit).
 */
@ApplicationScoped
public class FamilyRevocationCheck {

    /** The {@link ClusterEvents} topic of revoked or deleted families; the key is a family id or {@link ClusterEvents#ALL}. */
    public static final String TOPIC = "token-family";
    /** Access tokens live at most a day, so a family that expired a day ago has no valid access token left. */
    private static final Duration GRACE = Duration.ofDays(1);
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, Instant> active = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final ClusterEvents events;
    private final TokenFamilyStore families;
    private final Clock clock;

    public FamilyRevocationCheck(ClusterEvents events, TokenFamilyStore families, Clock clock) {
        this.events = events;
        this.families = families;
        this.clock = clock;
        events.subscribe(TOPIC, this::forget);
    }

    /** True when the family is revoked or no longer exists (deleted families revoke their access tokens too). */
    public boolean isRevoked(String familyId) {
        if (!events.listening()) {
            return QuarkusTransaction.requiringNew().call(() -> families.isRevoked(familyId));
        }
        if (active.containsKey(familyId)) {
            return false;
        }
        long before = generation.get();
        Optional<TokenFamily> family = QuarkusTransaction.requiringNew().call(() -> families.find(familyId));
        if (family.isEmpty() || family.get().revokedAt() != null) {
            return true;
        }
        remember(family.get(), before);
        return false;
    }

    private void remember(TokenFamily family, long before) {
        if (active.size() >= MAX_ENTRIES) {
            prune();
            if (active.size() >= MAX_ENTRIES) {
                active.clear();
            }
        }
        active.put(family.id(), family.expiresAt());
        if (generation.get() != before) {
            active.remove(family.id());
        }
    }

    /** Forgets the families whose access tokens have all expired (the cleanup job deletes them too). */
    void prune() {
        Instant horizon = clock.instant().minus(GRACE);
        active.values().removeIf(expiresAt -> expiresAt.isBefore(horizon));
    }

    boolean remembers(String familyId) {
        return active.containsKey(familyId);
    }

    private void forget(String familyId) {
        generation.incrementAndGet();
        if (ClusterEvents.ALL.equals(familyId)) {
            active.clear();
        } else {
            active.remove(familyId);
        }
    }
}
