package io.gatehouse.audit.store;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
class PgAuditStore implements AuditStore {

    private final EntityManager em;

    PgAuditStore(EntityManager em) {
        this.em = em;
    }

    /** Events of a pool inherit the pool's account when the reporter did not name one. */
    @Override
    public void append(AuditEvent ev) {
        em.createNativeQuery("""
                INSERT INTO audit_event(occurred_at, account_id, pool_id, actor, action, outcome, reason, target,
                                        source_ip, user_agent, request_id)
                VALUES (?1, COALESCE(CAST(?2 AS varchar), (SELECT account_id FROM user_pool WHERE id = CAST(?3 AS varchar))),
                        CAST(?3 AS varchar), CAST(?4 AS varchar), ?5, ?6, CAST(?7 AS varchar), CAST(?8 AS varchar),
                        CAST(?9 AS varchar), CAST(?10 AS varchar), CAST(?11 AS varchar))""")
                .setParameter(1, ev.occurredAt())
                .setParameter(2, ev.accountId())
                .setParameter(3, ev.poolId())
                .setParameter(4, ev.actor())
                .setParameter(5, ev.action())
                .setParameter(6, ev.outcome().name())
                .setParameter(7, ev.reason())
                .setParameter(8, ev.target())
                .setParameter(9, ev.sourceIp())
                .setParameter(10, ev.userAgent())
                .setParameter(11, ev.requestId())
                .executeUpdate();
    }

    @Override
    public List<AuditEvent> query(AuditQuery q, Long beforeId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        add(where, p, "accountId", q.accountId());
        add(where, p, "poolId", q.poolId());
        add(where, p, "action", q.action());
        add(where, p, "actor", q.actor());
        add(where, p, "outcome", q.outcome() == null ? null : q.outcome().name());
        if (q.from() != null) {
            where.add("occurredAt >= :from");
            p.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("occurredAt < :to");
            p.and("to", q.to());
        }
        if (beforeId != null) {
            where.add("id < :beforeId");
            p.and("beforeId", beforeId);
        }
        String jpql = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return AuditEventEntity.<AuditEventEntity>find(jpql, Sort.descending("id"), p).page(0, limit).list()
                .stream().map(PgAuditStore::toRecord).toList();
    }

    private static void add(List<String> where, Parameters p, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            p.and(field, value);
        }
    }

    private static AuditEvent toRecord(AuditEventEntity e) {
        return new AuditEvent(e.id, e.occurredAt, e.accountId, e.poolId, e.actor, e.action,
                AuditEvent.Outcome.valueOf(e.outcome), e.reason, e.target, e.sourceIp, e.userAgent, e.requestId);
    }
}
