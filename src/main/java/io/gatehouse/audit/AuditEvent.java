package io.gatehouse.audit;

import java.time.Instant;

/**
 * One row of the audit trail: who did what to which target, with which outcome and why, and
 * from where. Never carries a secret, token or password.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String accountId,
        String poolId,
        String actor,
        String action,
        Outcome outcome,
        String reason,
        String target,
        String sourceIp,
        String userAgent,
        String requestId) {

    public enum Outcome { SUCCESS, FAILURE }
}
