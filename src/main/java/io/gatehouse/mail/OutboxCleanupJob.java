package io.gatehouse.mail;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Deletes dev outbox messages older than {@code gatehouse.mail.outbox-retention}, on one node at
 * a time. Their bodies hold one-time codes in clear text, which should not outlive their use.
 */
@ApplicationScoped
public class OutboxCleanupJob {

    private static final Logger LOG = Logger.getLogger(OutboxCleanupJob.class);

    private final OutboxStore outbox;
    private final MailConfig config;
    private final SingletonJob singleton;
    private final Clock clock;

    public OutboxCleanupJob(OutboxStore outbox, MailConfig config, SingletonJob singleton, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.config = Objects.requireNonNull(config, "config");
        this.singleton = Objects.requireNonNull(singleton, "singleton");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        if (singleton.tryLock(JobLock.OUTBOX_CLEANUP)) {
            deleteExpired(clock.instant());
        }
    }

    @Transactional
    void deleteExpired(Instant now) {
        int deleted = outbox.deleteCreatedBefore(now.minus(config.outboxRetention()));
        LOG.debugf("Deleted %d dev outbox messages older than %s", deleted, config.outboxRetention());
    }
}
