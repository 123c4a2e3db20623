package io.gatehouse.userpool.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session store's contract: single use, expiry, and the cleanup of expired sessions. */
@GatehouseTest
class AuthSessionStoreTest {

    @Inject
    AuthSessionStore store;

    @Inject
    AuthSessionCleanupJob cleanup;

    @Test
    void takeWhenTakenTwiceThenSecondFindsNothing() {
        String pool = PoolFixtures.createPool("sessions");
        AuthSession session = session(pool, Instant.now().plusSeconds(60));
        QuarkusTransaction.requiringNew().run(() -> store.insert(session));

        assertThat(QuarkusTransaction.requiringNew().call(() -> store.take(session.idHash(), Instant.now())))
                .hasValueSatisfying(s -> assertThat(s.state()).containsEntry("k", "v"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.take(session.idHash(), Instant.now()))).isEmpty();
    }

    @Test
    void deleteExpiredWhenRunThenOnlyExpiredGoAndExpiredCannotBeTaken() {
        String pool = PoolFixtures.createPool("sessions");
        AuthSession live = session(pool, Instant.now().plusSeconds(60));
        AuthSession expired = session(pool, Instant.now().minusSeconds(1));
        QuarkusTransaction.requiringNew().run(() -> {
            store.insert(live);
            store.insert(expired);
        });

        int deleted = QuarkusTransaction.requiringNew().call(() -> cleanup.deleteExpired(Instant.now()));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.take(expired.idHash(), Instant.now()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.take(live.idHash(), Instant.now()))).isPresent();
    }

    private static AuthSession session(String pool, Instant expiresAt) {
        return new AuthSession(UUID.randomUUID().toString().replace("-", ""), pool, "client", null,
                ChallengeName.SOFTWARE_TOKEN_MFA, Map.of("k", "v"), expiresAt);
    }
}
