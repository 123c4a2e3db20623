package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;

/** Audit entries of IAM changes: action {@code iam.<what>.<verb>}, the caller as actor, the entity as target. */
final class IamAudit {

    private IamAudit() {
    }

    static AuditEntry success(String action, String accountId, String actor, String target) {
        return AuditEntry.success(action).withAccount(accountId).withActor(actor).withTarget(target);
    }
}
