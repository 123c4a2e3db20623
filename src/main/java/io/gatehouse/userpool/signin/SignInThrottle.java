package io.gatehouse.userpool.signin;

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

    public SignInThrottle(ThrottleStore store, ThrottleConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    public boolean isBlocked(List<String> keys) {
        Instant now = clock.instant();
        return keys.stream().map(store::blockedUntil).anyMatch(u -> u.isPresent() && now.isBefore(u.get()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String userKey, String ipKey) {
        count(userKey, config.userFreeAttempts());
        if (ipKey != null) {
            count(ipKey, config.ipFreeAttempts());
        }
    }

    @Transactional
    public void recordSuccess(String userKey) {
        store.clear(userKey);
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        int failures = store.recordFailure(key, now, now.minus(config.resetAfter()));
        if (failures >= config.lockoutThreshold()) {
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
