package io.gatehouse.userpool.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Failure counters per throttle key (a user or a source IP within a pool). Updates are atomic
 * upserts, so concurrent failures on several nodes are all counted.
 */
public interface ThrottleStore {

    Optional<Instant> blockedUntil(String key);

    /** Counts one failure and returns the new count; counters idle since {@code forgetBefore} restart at 1. */
    int recordFailure(String key, Instant now, Instant forgetBefore);

    void block(String key, Instant until);

    void clear(String key);

    /** Deletes counters idle since {@code before} that are not blocking anything at {@code now}. */
    int deleteIdle(Instant before, Instant now);
}
