package io.gatehouse.audit.store;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
class PgAuditStore implements AuditStore {

    private final EntityManager em;

    PgAuditStore(EntityManager em) {
        this.em = em;
    }

    private static final String INSERT = """
            INSERT INTO audit_event(occurred_at, account_id, pool_id, actor, action, outcome, reason, target,
                                    source_ip, user_agent, request_id)
            VALUES (?, COALESCE(CAST(? AS varchar), (SELECT account_id FROM user_pool WHERE id = CAST(? AS varchar))),
                    CAST(? AS varchar), CAST(? AS varchar), ?, ?, CAST(? AS varchar), CAST(? AS varchar),
                    CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar))""";

    /** Events of a pool inherit the pool's account when the reporter did not name one. */
    @Override
    public void append(AuditEvent ev) {
        appendAll(List.of(ev));
    }

    /**
     * One JDBC batch for all events: the batched hot-path events otherwise cost a Hibernate
     * native query (parse, plan, bind) each. Pending entity changes are flushed first, so the
     * pool an event names is visible to the account lookup even if created in this transaction.
     */
    @Override
    public void appendAll(List<AuditEvent> events) {
        Session session = em.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditEvent ev : events) {
                    bind(insert, ev);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement insert, AuditEvent ev) throws SQLException {
        insert.setObject(1, ev.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(2, ev.accountId());
        insert.setString(3, ev.poolId());
        insert.setString(4, ev.poolId());
        insert.setString(5, ev.actor());
        insert.setString(6, ev.action());
        insert.setString(7, ev.outcome().name());
        insert.setString(8, ev.reason());
        insert.setString(9, ev.target());
        insert.setString(10, ev.sourceIp());
        insert.setString(11, ev.userAgent());
        insert.setString(12, ev.requestId());
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
