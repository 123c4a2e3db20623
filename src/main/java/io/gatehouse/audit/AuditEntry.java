package io.gatehouse.audit;

/**
 * What a feature reports to the audit log; the log adds time and request context.
 * Build with {@link #success} or {@link #failure} and the {@code with*} methods.
 */
public record AuditEntry(String action, AuditEvent.Outcome outcome, String reason, String accountId,
                         String poolId, String actor, String target) {

    public static AuditEntry success(String action) {
        return new AuditEntry(action, AuditEvent.Outcome.SUCCESS, null, null, null, null, null);
    }

    public static AuditEntry failure(String action, String reason) {
        return new AuditEntry(action, AuditEvent.Outcome.FAILURE, reason, null, null, null, null);
    }

    public AuditEntry withAccount(String value) {
        return new AuditEntry(action, outcome, reason, value, poolId, actor, target);
    }

    public AuditEntry withPool(String value) {
        return new AuditEntry(action, outcome, reason, accountId, value, actor, target);
    }

    public AuditEntry withActor(String value) {
        return new AuditEntry(action, outcome, reason, accountId, poolId, value, target);
    }

    public AuditEntry withTarget(String value) {
        return new AuditEntry(action, outcome, reason, accountId, poolId, actor, value);
    }
}
