package io.gatehouse.userpool.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.platform.SingletonJob;
import io.gatehouse.testing.GatehouseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Back-off and lockout arithmetic on the real PostgreSQL store, with small limits and a fixed clock. */
@GatehouseTest
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Inject
    ThrottleStore store;
    @Inject
    SingletonJob singleton;

    private SignInThrottle throttle(Instant now) {
        return new SignInThrottle(store, new SmallLimits(), Clock.fixed(now, ZoneOffset.UTC), singleton);
    }

    private static String key(String kind) {
        return kind + ":" + UUID.randomUUID();
    }

    private void fail(SignInThrottle t, String userKey, String ipKey) {
        QuarkusTransaction.requiringNew().run(() -> t.recordFailure(userKey, ipKey));
    }

    private boolean blocked(SignInThrottle t, String... keys) {
        return QuarkusTransaction.requiringNew().call(() -> t.isBlocked(List.of(keys)));
    }

    @Test
    void failuresWhenWithinFreeAttemptsThenNotBlocked() {
        SignInThrottle t = throttle(NOW);
        String user = key("user");
        fail(t, user, null);
        fail(t, user, null);

        assertThat(blocked(t, user)).isFalse();
    }

    @Test
    void failuresWhenPastFreeAttemptsThenExponentialBackoff() {
        String user = key("user");
        for (int i = 0; i < 3; i++) {
            fail(throttle(NOW), user, null);
        }
        assertThat(blocked(throttle(NOW), user)).isTrue();
        assertThat(blocked(throttle(NOW.plusSeconds(1)), user)).isFalse();

        fail(throttle(NOW.plusSeconds(1)), user, null);
        assertThat(blocked(throttle(NOW.plusSeconds(2)), user)).isTrue();
        assertThat(blocked(throttle(NOW.plusSeconds(3)), user)).isFalse();
    }

    @Test
    void failuresWhenLockoutThresholdReachedThenLockedForLockoutDuration() {
        String user = key("user");
        for (int i = 0; i < 5; i++) {
            fail(throttle(NOW.plusSeconds(i * 100)), user, null);
        }
        Instant last = NOW.plusSeconds(400);
        assertThat(blocked(throttle(last.plus(Duration.ofMinutes(9))), user)).isTrue();
        assertThat(blocked(throttle(last.plus(Duration.ofMinutes(10))), user)).isFalse();
    }

    @Test
    void failuresWhenManyUsersFromOneIpThenIpBlockedForEveryone() {
        String ip = key("ip");
        for (int i = 0; i < 5; i++) {
            fail(throttle(NOW), key("user"), ip);
        }

        assertThat(blocked(throttle(NOW), key("user"), ip)).isTrue();
        assertThat(blocked(throttle(NOW), key("user"), key("ip"))).isFalse();
    }

    @Test
    void successWhenRecordedThenUserCounterCleared() {
        String user = key("user");
        for (int i = 0; i < 3; i++) {
            fail(throttle(NOW), user, null);
        }
        QuarkusTransaction.requiringNew().run(() -> throttle(NOW.plusSeconds(5)).recordSuccess(user));
        fail(throttle(NOW.plusSeconds(5)), user, null);

        assertThat(blocked(throttle(NOW.plusSeconds(5)), user)).isFalse();
    }

    @Test
    void failuresWhenOlderThanResetWindowThenForgotten() {
        String user = key("user");
        for (int i = 0; i < 3; i++) {
            fail(throttle(NOW), user, null);
        }
        Instant later = NOW.plus(Duration.ofHours(2));
        fail(throttle(later), user, null);

        assertThat(blocked(throttle(later), user)).isFalse();
    }

    /** User: 2 free, lockout at 5; IP: 4 free, lockout at 8; back-off 1 s doubling to 4 s; lockout 10 min. */
    private static final class SmallLimits implements ThrottleConfig {
        @Override
        public int userFreeAttempts() {
            return 2;
        }

        @Override
        public int ipFreeAttempts() {
            return 4;
        }

        @Override
        public int clientFreeAttempts() {
            return 4;
        }

        @Override
        public int clientLockoutThreshold() {
            return 8;
        }

        @Override
        public Duration backoffBase() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofSeconds(4);
        }

        @Override
        public int userLockoutThreshold() {
            return 5;
        }

        @Override
        public int ipLockoutThreshold() {
            return 8;
        }

        @Override
        public Duration lockoutDuration() {
            return Duration.ofMinutes(10);
        }

        @Override
        public Duration resetAfter() {
            return Duration.ofHours(1);
        }
    }
}
