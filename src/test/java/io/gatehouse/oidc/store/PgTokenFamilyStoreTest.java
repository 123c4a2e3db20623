package io.gatehouse.oidc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import io.gatehouse.oidc.TokenFamilyStore.Rotation;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented contract of {@link TokenFamilyStore}: single rotation, reuse detection, tombstones. */
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
    void rotateWhenFreshThenRotatedOnceThenReused() {
        String id = "fam-" + UUID.randomUUID();
        tx(() -> store.create(family(id)));
        QuarkusTransaction.requiringNew().run(() -> store.addRefreshToken("rt-" + id, id, Instant.now()));

        assertThat(tx(() -> store.rotate("rt-" + id, Instant.now()))).isInstanceOf(Rotation.Rotated.class);
        Rotation second = tx(() -> store.rotate("rt-" + id, Instant.now()));
        assertThat(second).isInstanceOf(Rotation.Reused.class);
        assertThat(((Rotation.Reused) second).family().id()).isEqualTo(id);
        assertThat(tx(() -> store.isRotated("rt-" + id))).isTrue();
    }

    @Test
    void rotateWhenUnknownTokenThenUnknown() {
        assertThat(tx(() -> store.rotate("no-such-token", Instant.now()))).isInstanceOf(Rotation.Unknown.class);
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
