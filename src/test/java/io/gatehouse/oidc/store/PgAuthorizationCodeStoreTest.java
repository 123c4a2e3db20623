package io.gatehouse.oidc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.oidc.AuthorizationCode;
import io.gatehouse.oidc.AuthorizationCodeStore;
import io.gatehouse.oidc.AuthorizationCodeStore.Consumed;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The documented contract of {@link AuthorizationCodeStore}: single use, even under concurrency. */
@GatehouseTest
class PgAuthorizationCodeStoreTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    AuthorizationCodeStore store;
    @Inject
    UserStore users;

    private String saveCode() {
        UUID alice = QuarkusTransaction.requiringNew().call(() -> users.findByUsername(POOL, "alice").orElseThrow().sub());
        String hash = "code-" + UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> store.save(new AuthorizationCode(hash, POOL, "demo-web", alice,
                "http://localhost:8089/callback", "openid", "n-1", null, now, List.of("pwd"), now.plusSeconds(300), null)));
        return hash;
    }

    @Test
    void consumeWhenSecondTimeThenReplayedCarryingTheFirstFamily() {
        String hash = saveCode();

        Consumed first = QuarkusTransaction.requiringNew().call(() -> store.consume(hash, Instant.now(), "family-1"));
        Consumed second = QuarkusTransaction.requiringNew().call(() -> store.consume(hash, Instant.now(), "family-2"));

        assertThat(first).isInstanceOf(Consumed.Fresh.class);
        assertThat(((Consumed.Fresh) first).code().nonce()).isEqualTo("n-1");
        assertThat(second).isInstanceOf(Consumed.Replayed.class);
        assertThat(((Consumed.Replayed) second).code().familyId()).isEqualTo("family-1");
    }

    @Test
    void consumeWhenUnknownThenUnknown() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.consume("nope", Instant.now(), "f")))
                .isInstanceOf(Consumed.Unknown.class);
    }

    @Test
    void consumeWhenRacingThenExactlyOneFresh() throws Exception {
        String hash = saveCode();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Consumed>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String family = "family-" + i;
                results.add(pool.submit(() -> QuarkusTransaction.requiringNew()
                        .call(() -> store.consume(hash, Instant.now(), family))));
            }
            long fresh = 0;
            for (Future<Consumed> f : results) {
                fresh += f.get() instanceof Consumed.Fresh ? 1 : 0;
            }
            assertThat(fresh).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
