package io.gatehouse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so a state change and
 * its event commit together; {@link #recordAlone} commits on its own, for failures whose
 * transaction is rolled back (a failed sign-in must stay on record); {@link #recordLater} batches
 * events of hot paths that must not write per request.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditStore store;
    private final Clock clock;
    private final RequestOrigin origin;
    private static final int FLUSH_BATCH = 500;

    private final Queue<AuditEvent> pending = new ConcurrentLinkedQueue<>();

    public AuditLog(AuditStore store, Clock clock, RequestOrigin origin) {
        this.store = store;
        this.clock = clock;
        this.origin = origin;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditEntry entry) {
        store.append(toEvent(entry));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(AuditEntry entry) {
        store.append(toEvent(entry));
    }

    /**
     * Queues an event to be written with the next batch, for hot paths that must not write to
     * the database per request. The request context is captured now.
     */
    public void recordLater(AuditEntry entry) {
        pending.add(toEvent(entry));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void flush() {
        List<AuditEvent> batch = new ArrayList<>();
        AuditEvent event;
        while ((event = pending.poll()) != null) {
            batch.add(event);
            if (batch.size() == FLUSH_BATCH) {
                store.appendAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.appendAll(batch);
        }
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        flush();
    }

    private AuditEvent toEvent(AuditEntry e) {
        return new AuditEvent(0, clock.instant(), e.accountId(), e.poolId(), e.actor(), e.action(), e.outcome(),
                e.reason(), e.target(), origin.ip(), truncate(origin.userAgent(), 512), origin.requestId());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
