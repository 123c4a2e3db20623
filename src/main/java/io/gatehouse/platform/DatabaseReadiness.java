package io.gatehouse.platform;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, answered from what the {@link ClusterEvents} listener connection
 * last heard: that connection is probed with a round trip every two seconds, so "up" means the
 * database answered within {@link ClusterEvents#MAX_SILENCE}, and "down" that it did not (or that
 * the node cannot hear other nodes' changes, which also makes it unfit for traffic).
 *
 * <p>Why not a round trip per probe: a blocking check runs on a worker thread, and when the node
 * is saturated every worker is busy, so the probe waited in the same queue as the load and the
 * busiest nodes looked unready. As an asynchronous check answered from memory it is served on the
 * I/O thread, and it never borrows a pooled connection.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";

    private final ClusterEvents events;

    public DatabaseReadiness(ClusterEvents events) {
        this.events = events;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check);
    }

    private HealthCheckResponse check() {
        if (events.databaseReachable()) {
            return HealthCheckResponse.up(NAME);
        }
        return HealthCheckResponse.named(NAME).down()
                .withData("error", "no answer from the database within " + ClusterEvents.MAX_SILENCE.toMillis() + " ms")
                .build();
    }
}
