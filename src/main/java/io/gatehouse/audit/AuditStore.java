package io.gatehouse.audit;

import java.time.Instant;
import java.util.List;

/** Append-only storage of audit events; rows are never updated. */
public interface AuditStore {

    void append(AuditEvent event);

    /** Appends the events in order, in the caller's transaction, with one round trip where the store can. */
    void appendAll(List<AuditEvent> events);

    /** Events matching every non-null filter, newest first, with id below {@code beforeId} when given. */
    List<AuditEvent> query(AuditQuery query, Long beforeId, int limit);

    record AuditQuery(String accountId, String poolId, String action, String actor, AuditEvent.Outcome outcome,
                      Instant from, Instant to) {
    }
}
