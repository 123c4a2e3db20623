package io.gatehouse.audit.api;

import io.gatehouse.audit.AuditEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event as the native API shows it; the counterpart of a CloudTrail event record. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        long id,
        Instant occurredAt,
        @Schema(example = "000000000000") String accountId,
        String poolId,
        @Schema(example = "arn:aws:iam::000000000000:root") String actor,
        @Schema(example = "userpool.create") String action,
        AuditEvent.Outcome outcome,
        String reason,
        String target,
        String sourceIp,
        String userAgent,
        String requestId) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id(), e.occurredAt(), e.accountId(), e.poolId(), e.actor(), e.action(),
                e.outcome(), e.reason(), e.target(), e.sourceIp(), e.userAgent(), e.requestId());
    }
}
