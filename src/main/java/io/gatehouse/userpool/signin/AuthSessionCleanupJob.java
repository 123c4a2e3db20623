package io.gatehouse.userpool.signin;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Deletes expired sign-in sessions (they are already unusable) on one node at a time. */
@ApplicationScoped
public class AuthSessionCleanupJob {


    private final AuthSessionStore sessions;
    private final SingletonJob singleton;
    private final Clock clock;

    public AuthSessionCleanupJob(AuthSessionStore sessions, SingletonJob singleton, Clock clock) {
        this.sessions = sessions;
        this.singleton = singleton;
        this.clock = clock;
    }

    @Scheduled(every = "10m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        if (singleton.tryLock(JobLock.AUTH_SESSION_CLEANUP)) {
            deleteExpired(clock.instant());
        }
    }

    @Transactional
    int deleteExpired(Instant now) {
        return sessions.deleteExpired(now);
    }
}
