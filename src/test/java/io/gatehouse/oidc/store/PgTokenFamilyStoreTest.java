package io.gatehouse.oidc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import io.gatehouse.oidc.TokenFamilyStore.Exchange;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented contract of {@link TokenFamilyStore}: single exchange, reuse detection, tombstones. */
@GatehouseTest
class PgTokenFamilyStoreTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    TokenFamilyStore store;
    @Inject
    UserStore users;

    private UUID alice;

    @BeforeEach
    void findAlice() {
        alice = QuarkusTransaction.requiringNew().call(() -> users.findByUsername(POOL, "alice").orElseThrow().sub());
    }

    private TokenFamily family(String id) {
        Instant now = Instant.now();
        return new TokenFamily(id, POOL, "demo-web", alice, "openid", now, List.of("pwd"), now, now.plusSeconds(3600), null);
    }

    private <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    @Test
    void createWhenIdAlreadyExistsThenFalse() {
        String id = "fam-" + UUID.randomUUID();
        assertThat(tx(() -> store.create(family(id)))).isTrue();
        assertThat(tx(() -> store.create(family(id)))).isFalse();
    }

    @Test
    void exchangeWhenFreshThenExchangedOnceWithSuccessorThenReused() {
        String id = familyWithToken(family(id()));

        Exchange first = tx(() -> store.exchange("rt-" + id, "demo-web", "rt2-" + id, Instant.now()));

        assertThat(first).isInstanceOf(Exchange.Exchanged.class);
        assertThat(((Exchange.Exchanged) first).family()).isEqualTo(tx(() -> store.find(id).orElseThrow()));
        assertThat(tx(() -> store.isRotated("rt-" + id))).isTrue();
        assertThat(tx(() -> store.isRotated("rt2-" + id))).isFalse();
        assertThat(tx(() -> store.findByRefreshToken("rt2-" + id).orElseThrow().id())).isEqualTo(id);
        Exchange second = tx(() -> store.exchange("rt-" + id, "demo-web", "rt3-" + id, Instant.now()));
        assertThat(second).isInstanceOf(Exchange.Reused.class);
        assertThat(((Exchange.Reused) second).family().id()).isEqualTo(id);
        assertThat(tx(() -> store.findByRefreshToken("rt3-" + id))).isEmpty();
    }

    @Test
    void exchangeWhenUnknownTokenThenRefused() {
        assertThat(tx(() -> store.exchange("no-such-token", "demo-web", "rt-" + id(), Instant.now())))
                .isInstanceOf(Exchange.Refused.class);
    }

    @Test
    void exchangeWhenIssuedToAnotherClientThenRefusedAndNotSpent() {
        String id = familyWithToken(family(id()));

        assertThat(tx(() -> store.exchange("rt-" + id, "other-client", "rt2-" + id, Instant.now())))
                .isInstanceOf(Exchange.Refused.class);

        assertThat(tx(() -> store.isRotated("rt-" + id))).isFalse();
        assertThat(tx(() -> store.findByRefreshToken("rt2-" + id))).isEmpty();
    }

    @Test
    void exchangeWhenRotatedTokenPresentedByAnotherClientThenRefusedNotReused() {
        String id = familyWithToken(family(id()));
        tx(() -> store.exchange("rt-" + id, "demo-web", "rt2-" + id, Instant.now()));

        assertThat(tx(() -> store.exchange("rt-" + id, "other-client", "rt3-" + id, Instant.now())))
                .isInstanceOf(Exchange.Refused.class);
    }

    @Test
    void exchangeWhenFamilyRevokedThenRefusedAndNotSpent() {
        String id = familyWithToken(family(id()));
        tx(() -> store.revoke(id, Instant.now()));

        assertThat(tx(() -> store.exchange("rt-" + id, "demo-web", "rt2-" + id, Instant.now())))
                .isInstanceOf(Exchange.Refused.class);

        assertThat(tx(() -> store.isRotated("rt-" + id))).isFalse();
        assertThat(tx(() -> store.findByRefreshToken("rt2-" + id))).isEmpty();
    }

    @Test
    void exchangeWhenFamilyExpiredThenRefusedAndNotSpent() {
        Instant past = Instant.now().minusSeconds(7200);
        String id = familyWithToken(new TokenFamily(id(), POOL, "demo-web", alice, "openid", past, List.of("pwd"),
                past, past.plusSeconds(3600), null));

        assertThat(tx(() -> store.exchange("rt-" + id, "demo-web", "rt2-" + id, Instant.now())))
                .isInstanceOf(Exchange.Refused.class);

        assertThat(tx(() -> store.isRotated("rt-" + id))).isFalse();
    }

    /** Each thread in its own transaction, released at once: the row lock lets exactly one spend it. */
    @Test
    void exchangeWhenSameTokenExchangedByManyThreadsAtOnceThenExactlyOneExchanged() throws Exception {
        String id = familyWithToken(family(id()));
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String successor = "rt-" + i + "-" + id;
                results.add(pool.submit(() -> {
                    start.await();
                    return tx(() -> store.exchange("rt-" + id, "demo-web", successor, Instant.now()));
                }));
            }
            start.countDown();
            List<Exchange> exchanges = new ArrayList<>();
            for (Future<Exchange> result : results) {
                exchanges.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(exchanges).filteredOn(Exchange.Exchanged.class::isInstance).hasSize(1);
            assertThat(exchanges).filteredOn(Exchange.Reused.class::isInstance).hasSize(threads - 1);
            long successors = java.util.stream.IntStream.range(0, threads)
                    .filter(i -> tx(() -> store.findByRefreshToken("rt-" + i + "-" + id)).isPresent()).count();
            assertThat(successors).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void findByRefreshTokenWhenFamilyHasMethodsThenFamilyReadBackWhole() {
        Instant now = Instant.parse("2026-11-28T10:15:30.123456Z");
        TokenFamily family = new TokenFamily(id(), POOL, "demo-web", alice, "openid email", now.minusSeconds(60),
                List.of("pwd", "mfa"), now, now.plusSeconds(3600), null);
        String id = familyWithToken(family);

        assertThat(tx(() -> store.findByRefreshToken("rt-" + id))).contains(family);
        assertThat(tx(() -> store.findByRefreshToken("no-such-token"))).isEmpty();
    }

    private static String id() {
        return "fam-" + UUID.randomUUID();
    }

    private String familyWithToken(TokenFamily family) {
        tx(() -> store.create(family));
        QuarkusTransaction.requiringNew().run(() -> store.addRefreshToken("rt-" + family.id(), family.id(), Instant.now()));
        return family.id();
    }

    @Test
    void revokeOrTombstoneWhenFamilyNotYetCreatedThenLaterCreateFailsAndFamilyIsRevoked() {
        String id = "fam-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> store.revokeOrTombstone(family(id), Instant.now()));

        assertThat(tx(() -> store.create(family(id)))).isFalse();
        assertThat(tx(() -> store.isRevoked(id))).isTrue();
    }

    @Test
    void revokeOrTombstoneWhenFamilyExistsThenRevokedKeepingFirstRevocationTime() {
        String id = "fam-" + UUID.randomUUID();
        tx(() -> store.create(family(id)));
        Instant first = Instant.parse("2026-11-28T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> store.revokeOrTombstone(family(id), first));
        QuarkusTransaction.requiringNew().run(() -> store.revokeOrTombstone(family(id), first.plusSeconds(60)));

        assertThat(tx(() -> store.find(id).orElseThrow().revokedAt())).isEqualTo(first);
    }

    @Test
    void revokeAllOfWhenUserHasFamiliesThenAllRevoked() {
        String a = "fam-" + UUID.randomUUID();
        String b = "fam-" + UUID.randomUUID();
        tx(() -> store.create(family(a)));
        tx(() -> store.create(family(b)));

        assertThat(tx(() -> store.revokeAllOf(alice, Instant.now()))).isGreaterThanOrEqualTo(2);
        assertThat(tx(() -> store.isRevoked(a) && store.isRevoked(b))).isTrue();
    }

    @Test
    void isRevokedWhenFamilyDeletedThenTrue() {
        assertThat(tx(() -> store.isRevoked("never-existed"))).isTrue();
    }
}
