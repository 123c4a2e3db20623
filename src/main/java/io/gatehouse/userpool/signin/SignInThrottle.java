package io.gatehouse.userpool.signin;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Exponential back-off then temporary lockout, per user and per source IP. Failures are counted
 * in their own transaction so they stick even though the sign-in fails.
 */
@ApplicationScoped
public class SignInThrottle {


    private final ThrottleStore store;
    private final ThrottleConfig config;
    private final Clock clock;
    private final SingletonJob singleton;

    public SignInThrottle(ThrottleStore store, ThrottleConfig config, Clock clock, SingletonJob singleton) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.singleton = singleton;
    }

    public boolean isBlocked(List<String> keys) {
        Instant now = clock.instant();
        return keys.stream().map(store::blockedUntil).anyMatch(u -> u.isPresent() && now.isBefore(u.get()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String userKey, String ipKey) {
        count(userKey, config.userFreeAttempts(), config.userLockoutThreshold());
        if (ipKey != null) {
            count(ipKey, config.ipFreeAttempts(), config.ipLockoutThreshold());
        }
    }

    /** A failed client authentication, counted per client and source IP. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordClientFailure(String clientKey) {
        count(clientKey, config.clientFreeAttempts(), config.clientLockoutThreshold());
    }

    @Transactional
    public void recordSuccess(String userKey) {
        store.clear(userKey);
    }

    /** Forgets idle counters; one node at a time. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetIdle() {
        if (singleton.tryLock(JobLock.SIGN_IN_THROTTLE_CLEANUP)) {
            Instant now = clock.instant();
            store.deleteIdle(now.minus(config.resetAfter()), now);
        }
    }

    private void count(String key, int free, int lockout) {
        Instant now = clock.instant();
        int failures = store.recordFailure(key, now, now.minus(config.resetAfter()));
        if (failures >= lockout) {
            store.block(key, now.plus(config.lockoutDuration()));
        } else if (failures > free) {
            store.block(key, now.plus(backoff(failures - free)));
        }
    }

    private Duration backoff(int excess) {
        Duration delay = config.backoffBase().multipliedBy(1L << Math.min(excess - 1, 30));
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }
}
