package io.gatehouse.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message kept in the dev outbox instead of being delivered, with the id and time it was written. */
public record OutboxMessage(UUID id, Instant createdAt, OutgoingMail mail) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(mail, "mail");
    }
}
