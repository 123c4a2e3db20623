package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events queued by hot paths are written in one batch, in order, each inheriting its pool's account. */
@GatehouseTest
class AuditLogBatchTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditStore store;

    @Test
    void flushWhenEventsQueuedThenAllWrittenInOrderWithThePoolsAccount() {
        String pool = PoolFixtures.createPool("batched");
        String action = "test.batch." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            audit.recordLater(AuditEntry.success(action).withPool(pool).withActor("client-" + i).withTarget("t" + i));
        }
        audit.recordLater(AuditEntry.failure(action, "invalid_client").withActor("no-pool"));

        audit.flush();

        List<AuditEvent> written = QuarkusTransaction.requiringNew().call(() -> store.query(
                new AuditStore.AuditQuery(null, null, action, null, null, null, null), null, 10));
        assertThat(written).extracting(AuditEvent::actor).containsExactly("no-pool", "client-2", "client-1", "client-0");
        assertThat(written.subList(1, 4)).allSatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(SignedRequests.ACCOUNT_ID);
            assertThat(e.poolId()).isEqualTo(pool);
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        });
        assertThat(written.get(0).accountId()).isNull();
        assertThat(written.get(0).reason()).isEqualTo("invalid_client");
        assertThat(written.get(3).target()).isEqualTo("t0");
        assertThat(written.get(3).occurredAt()).isNotNull();
    }
}
