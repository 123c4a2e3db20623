package io.gatehouse.oidc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.oidc.LoginTransactionStore;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.testing.GatehouseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The documented contract of {@link LoginTransactionStore}: round trip, expiry, single use. */
@GatehouseTest
class PgLoginTransactionStoreTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    LoginTransactionStore store;

    @Test
    void findWhenCreatedThenRequestRoundTripsExactly() {
        Instant now = Instant.now();
        LoginTransaction tx = transaction(now.plusSeconds(600));
        QuarkusTransaction.requiringNew().run(() -> store.create(tx));

        Optional<LoginTransaction> found = store.find(tx.idHash(), now);

        assertTrue(found.isPresent());
        assertEquals(tx.request(), found.get().request());
        assertEquals(tx.csrfHash(), found.get().csrfHash());
    }

    @Test
    void findWhenExpiredThenEmpty() {
        Instant now = Instant.now();
        LoginTransaction tx = transaction(now.minusSeconds(1));
        QuarkusTransaction.requiringNew().run(() -> store.create(tx));

        assertTrue(store.find(tx.idHash(), now).isEmpty());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> store.consume(tx.idHash(), now)));
    }

    @Test
    void consumeWhenCalledTwiceThenOnlyFirstSucceeds() {
        Instant now = Instant.now();
        LoginTransaction tx = transaction(now.plusSeconds(600));
        QuarkusTransaction.requiringNew().run(() -> store.create(tx));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> store.consume(tx.idHash(), now)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> store.consume(tx.idHash(), now)));
        assertTrue(store.find(tx.idHash(), now).isEmpty());
    }

    @Test
    void deleteExpiredWhenOlderThanCutoffThenRemovedOthersKept() {
        Instant now = Instant.now();
        LoginTransaction old = transaction(now.minusSeconds(60));
        LoginTransaction live = transaction(now.plusSeconds(600));
        QuarkusTransaction.requiringNew().run(() -> {
            store.create(old);
            store.create(live);
        });

        QuarkusTransaction.requiringNew().run(() -> store.deleteExpired(now));

        assertTrue(store.find(live.idHash(), now).isPresent());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> store.consume(old.idHash(), now.minusSeconds(120))));
    }

    private static LoginTransaction transaction(Instant expiresAt) {
        AuthorizationRequest request = AuthorizationRequest.parse(Map.of(
                "client_id", List.of("demo-web"), "redirect_uri", List.of("http://localhost:8089/callback"),
                "response_type", List.of("code"), "prompt", List.of("login"), "max_age", List.of("60"),
                "scope", List.of("openid email")));
        return new LoginTransaction(UUID.randomUUID().toString().replace("-", ""), POOL, request, "csrf-hash", expiresAt);
    }
}
