package io.gatehouse.mail.store;

import io.gatehouse.mail.OutboxMessage;
import io.gatehouse.mail.OutboxStore;
import io.gatehouse.mail.OutgoingMail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PgOutboxStore implements OutboxStore {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    @Override
    public void append(OutboxMessage message) {
        OutgoingMail mail = message.mail();
        OutboxMessageEntity e = new OutboxMessageEntity();
        e.id = message.id();
        e.accountId = mail.accountId();
        e.poolId = mail.poolId();
        e.recipient = mail.to();
        e.subject = mail.subject();
        e.textBody = mail.textBody();
        e.htmlBody = mail.htmlBody();
        e.purpose = mail.purpose();
        e.createdAt = message.createdAt();
        e.persist();
    }

    @Override
    public List<OutboxMessage> list(String poolId, Position after, int limit) {
        var query = after == null
                ? OutboxMessageEntity.<OutboxMessageEntity>find("poolId = ?1", NEWEST_FIRST, poolId)
                : OutboxMessageEntity.<OutboxMessageEntity>find(
                        "poolId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))", NEWEST_FIRST,
                        poolId, after.createdAt(), after.id());
        return query.page(0, limit).list().stream().map(PgOutboxStore::toRecord).toList();
    }

    @Override
    public Optional<OutboxMessage> find(String poolId, UUID id) {
        return OutboxMessageEntity.<OutboxMessageEntity>findByIdOptional(id)
                .filter(e -> e.poolId.equals(poolId))
                .map(PgOutboxStore::toRecord);
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return (int) OutboxMessageEntity.delete("createdAt < ?1", cutoff);
    }

    private static OutboxMessage toRecord(OutboxMessageEntity e) {
        return new OutboxMessage(e.id, e.createdAt, new OutgoingMail(e.accountId, e.poolId, e.recipient, e.subject,
                e.textBody, e.htmlBody, e.purpose));
    }
}
