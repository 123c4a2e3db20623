package io.gatehouse.mail.api;

import io.gatehouse.mail.OutboxMessage;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message of a pool's dev outbox as the admin API shows it, bodies included: they are what a developer needs. */
@Schema(name = "OutboxMessage")
public record OutboxMessageView(
        @Schema(example = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "alice@example.com") String to,
        @Schema(example = "Your verification code") String subject,
        @Schema(example = "Your verification code is 123456") String textBody,
        @Schema(description = "HTML alternative of textBody, null for text-only messages",
                example = "<p>Your verification code is <b>123456</b></p>") String htmlBody,
        @Schema(example = "signup.confirm") String purpose,
        @Schema(example = "2025-01-31T12:00:00Z") Instant createdAt) {

    static OutboxMessageView of(OutboxMessage message) {
        return new OutboxMessageView(message.id(), message.mail().to(), message.mail().subject(),
                message.mail().textBody(), message.mail().htmlBody(), message.mail().purpose(), message.createdAt());
    }
}
