package io.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@GatehouseTest
class OutboxCleanupJobTest {

    @Inject
    OutboxCleanupJob job;
    @Inject
    OutboxStore outbox;

    @Test
    void deleteExpiredWhenOlderThanRetentionThenDeletedAndRecentKept() {
        String pool = TestMail.createPool();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(new OutboxMessage(old, now.minus(Duration.ofHours(25)), TestMail.code(pool, "old", "111111")));
            outbox.append(new OutboxMessage(recent, now.minus(Duration.ofHours(23)), TestMail.code(pool, "recent", "222222")));
        });

        job.deleteExpired(now);

        assertThat(outbox.find(pool, old)).isEmpty();
        assertThat(outbox.find(pool, recent)).isPresent();
    }
}
