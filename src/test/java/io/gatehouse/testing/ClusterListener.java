package io.gatehouse.testing;

import io.gatehouse.platform.ClusterEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/** Breaks the node's cluster event listener as a database failover or a network fault would. */
public final class ClusterListener {

    private ClusterListener() {
    }

    /** Ends the listener's backend from the database side and waits until the node knows it is not listening. */
    public static void terminate(EntityManager em, ClusterEvents events) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?1")
                .setParameter(1, ClusterEvents.APPLICATION_NAME).getResultList());
        Awaits.until(Duration.ofSeconds(10), () -> !events.listening());
    }

    /** Waits until the listener has reconnected (and every cache was told to forget). */
    public static void awaitListening(ClusterEvents events) {
        Awaits.until(Duration.ofSeconds(10), events::listening);
    }
}
