package io.gatehouse.userpool.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signup.UserCodeCleanupJob;
import io.gatehouse.userpool.signup.UserCodeStore;
import io.gatehouse.userpool.signup.UserCodeStore.StoredCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The code store's documented contract: one live code, single use, attempts, expiry cleanup, issue window. */
@GatehouseTest
class PgUserCodeStoreTest {

    private static final String PURPOSE = "signup.confirm";
    private static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    UserCodeStore store;

    @Inject
    UserStore users;

    @Inject
    UserCodeCleanupJob cleanup;

    private UUID sub;
    private Instant now;

    @BeforeEach
    void user() {
        String pool = PoolFixtures.createPool("codes");
        String username = PoolFixtures.createUser(pool, "coder", Map.of("email", "coder@example.com"));
        sub = QuarkusTransaction.requiringNew().call(() -> users.findByUsername(pool, username)).orElseThrow().sub();
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void consumeWhenCalledTwiceThenOnlyFirstSucceeds() {
        replace("hash-1", now.plusSeconds(60), now);

        assertThat(tx(() -> store.consume(sub, PURPOSE, "hash-1"))).isTrue();
        assertThat(tx(() -> store.consume(sub, PURPOSE, "hash-1"))).isFalse();
        assertThat(tx(() -> store.find(sub, PURPOSE))).isEmpty();
    }

    @Test
    void replaceWhenCodeLiveThenOldHashNoLongerConsumesAndAttemptsReset() {
        replace("hash-1", now.plusSeconds(60), now);
        tx(() -> store.recordFailedAttempt(sub, PURPOSE));

        replace("hash-2", now.plusSeconds(120), now.plusSeconds(1));

        assertThat(tx(() -> store.consume(sub, PURPOSE, "hash-1"))).isFalse();
        StoredCode live = tx(() -> store.find(sub, PURPOSE)).orElseThrow();
        assertThat(live.codeHash()).isEqualTo("hash-2");
        assertThat(live.attempts()).isZero();
        assertThat(live.expiresAt()).isEqualTo(now.plusSeconds(120));
    }

    @Test
    void recordFailedAttemptWhenOwnTransactionAndCallerRollsBackThenCountSticks() {
        replace("hash-1", now.plusSeconds(60), now);

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                QuarkusTransaction.requiringNew().run(() -> store.recordFailedAttempt(sub, PURPOSE));
                throw new IllegalStateException("the request fails");
            });
        } catch (IllegalStateException expected) {
            // the outer transaction rolled back
        }

        assertThat(tx(() -> store.recordFailedAttempt(sub, PURPOSE))).isEqualTo(2);
        assertThat(tx(() -> store.find(sub, PURPOSE)).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void recordFailedAttemptWhenNoCodeThenZero() {
        assertThat(tx(() -> store.recordFailedAttempt(sub, PURPOSE))).isZero();
    }

    @Test
    void replaceWhenWithinWindowThenCountsAndWhenWindowOverThenRestarts() {
        assertThat(replace("h1", now.plusSeconds(60), now)).isEqualTo(1);
        assertThat(replace("h2", now.plusSeconds(60), now.plusSeconds(10))).isEqualTo(2);
        assertThat(replace("h3", now.plusSeconds(60), now.plusSeconds(20))).isEqualTo(3);

        assertThat(replace("h4", now.plus(WINDOW).plusSeconds(60), now.plus(WINDOW).plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void deleteExpiredWhenExpiredAndWindowOverThenDeletedElseKept() {
        replace("old", now.minusSeconds(1), now.minus(WINDOW).minusSeconds(10));

        int deleted = tx(() -> cleanup.deleteExpired(now));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> store.find(sub, PURPOSE))).isEmpty();
    }

    @Test
    void deleteExpiredWhenExpiredButWindowRunningThenKeptSoLimitHolds() {
        replace("h1", now.minusSeconds(1), now.minusSeconds(120));

        tx(() -> cleanup.deleteExpired(now));

        assertThat(tx(() -> store.find(sub, PURPOSE))).isPresent();
        assertThat(replace("h2", now.plusSeconds(60), now)).isEqualTo(2);
    }

    @Test
    void deleteExpiredWhenLiveThenKept() {
        replace("live", now.plusSeconds(600), now.minus(WINDOW).minusSeconds(10));

        tx(() -> cleanup.deleteExpired(now));

        assertThat(tx(() -> store.find(sub, PURPOSE))).isPresent();
    }

    private int replace(String hash, Instant expiresAt, Instant createdAt) {
        return tx(() -> store.replace(new StoredCode(sub, PURPOSE, hash, 0, expiresAt, createdAt),
                createdAt.minus(WINDOW)));
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
