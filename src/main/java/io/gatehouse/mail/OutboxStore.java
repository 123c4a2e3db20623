package io.gatehouse.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of the dev outbox: messages that were not delivered because no SMTP server is
 * configured. Rows hold one-time codes in clear text, which is why the outbox exists only for
 * such runs and its rows are deleted after the retention. An append joins the caller's
 * transaction, so a message rolls back with the code it carries.
 */
public interface OutboxStore {

    void append(OutboxMessage message);

    /** The pool's messages, newest first, strictly after {@code after} in that order when given. */
    List<OutboxMessage> list(String poolId, Position after, int limit);

    /** The message with this id if it belongs to the pool; a message of another pool is not found. */
    Optional<OutboxMessage> find(String poolId, UUID id);

    /** Deletes messages written before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff);

    /** A place in the newest-first order: creation time, then id for messages of the same instant. */
    record Position(Instant createdAt, UUID id) {
    }
}
