package io.gatehouse.userpool.signup;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes expired one-time codes (they are already unusable) on one node at a time. A code whose
 * issue window is still running stays, so deleting it cannot reset the per-window send limit.
 */
@ApplicationScoped
public class UserCodeCleanupJob {


    private final UserCodeStore codes;
    private final SignUpConfig config;
    private final SingletonJob singleton;
    private final Clock clock;

    public UserCodeCleanupJob(UserCodeStore codes, SignUpConfig config, SingletonJob singleton, Clock clock) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.config = Objects.requireNonNull(config, "config");
        this.singleton = Objects.requireNonNull(singleton, "singleton");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Scheduled(every = "15m", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        if (singleton.tryLock(JobLock.USER_CODE_CLEANUP)) {
            deleteExpired(clock.instant());
        }
    }

    /** Deletes the codes expired at {@code now}; returns how many. */
    @Transactional
    public int deleteExpired(Instant now) {
        return codes.deleteExpired(now, now.minus(config.codeWindow()));
    }
}
