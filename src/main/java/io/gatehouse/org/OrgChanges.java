package io.gatehouse.org;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records one change of an organization: its audit event, and the cluster notification that
 * drops every node's cached SCP levels on commit. Any change (a move, an attachment, a new OU) can
 * alter the levels of many accounts, and changes are rare, so the whole cache goes.
 */
@ApplicationScoped
public class OrgChanges {

    static final String TOPIC = "org";

    private final AuditLog audit;
    private final ClusterEvents events;

    public OrgChanges(AuditLog audit, ClusterEvents events) {
        this.audit = audit;
        this.events = events;
    }

    public void record(String action, String accountId, String actor, String target) {
        audit.record(AuditEntry.success("organizations." + action).withAccount(accountId).withActor(actor)
                .withTarget(target));
        events.publish(TOPIC, ClusterEvents.ALL);
    }

    /** A request refused without changing the organization, kept on record with its reason. */
    public void recordFailure(String action, String accountId, String actor, String target, String reason) {
        audit.record(AuditEntry.failure("organizations." + action, reason).withAccount(accountId).withActor(actor)
                .withTarget(target));
    }
}
