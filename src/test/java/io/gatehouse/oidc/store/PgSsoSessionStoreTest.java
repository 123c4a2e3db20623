package io.gatehouse.oidc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.oidc.SsoSession;
import io.gatehouse.oidc.SsoSessionStore;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The documented contract of {@link SsoSessionStore}: active sessions only, revocation everywhere at once. */
@GatehouseTest
class PgSsoSessionStoreTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    SsoSessionStore store;

    @Inject
    UserStore users;

    @Test
    void findActiveWhenCreatedThenReturnedWithAuthTimeAndAmr() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SsoSession session = session(now.plusSeconds(3600), now);
        QuarkusTransaction.requiringNew().run(() -> store.create(session));

        SsoSession found = store.findActive(session.idHash(), now).orElseThrow();

        assertEquals(session.sub(), found.sub());
        assertEquals(now, found.authTime());
        assertEquals(List.of("pwd"), found.amr());
    }

    @Test
    void findActiveWhenRevokedThenEmptyAndSecondRevokeReportsNothing() {
        Instant now = Instant.now();
        SsoSession session = session(now.plusSeconds(3600), now);
        QuarkusTransaction.requiringNew().run(() -> store.create(session));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> store.revoke(session.idHash(), now)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> store.revoke(session.idHash(), now)));
        assertTrue(store.findActive(session.idHash(), now).isEmpty());
    }

    @Test
    void findActiveWhenExpiredThenEmpty() {
        Instant now = Instant.now();
        SsoSession session = session(now.minusSeconds(1), now.minusSeconds(7200));
        QuarkusTransaction.requiringNew().run(() -> store.create(session));

        assertTrue(store.findActive(session.idHash(), now).isEmpty());
    }

    @Test
    void satisfiesMaxAgeWhenZeroThenNeverAndWhenWithinThenYes() {
        Instant now = Instant.now();
        SsoSession session = session(now.plusSeconds(60), now.minusSeconds(10));

        assertFalse(session.satisfiesMaxAge(0L, now));
        assertFalse(session.satisfiesMaxAge(5L, now));
        assertTrue(session.satisfiesMaxAge(10L, now));
        assertTrue(session.satisfiesMaxAge(null, now));
    }

    private SsoSession session(Instant expiresAt, Instant authTime) {
        UUID sub = users.findByUsername(POOL, "alice").orElseThrow().sub();
        return new SsoSession(UUID.randomUUID().toString().replace("-", ""), POOL, sub, authTime, List.of("pwd"),
                expiresAt, null);
    }
}
