package io.gatehouse.oidc.web;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers a public document (JWKS, discovery) from this node's caches on the I/O thread that read
 * the request, and hands it to a worker thread only when something must be read from the database.
 *
 * <p>Why: these are the most requested and cheapest documents; moving each request to a worker
 * thread and back cost more than building the answer, and with every worker busy the readiness
 * probe waited in the same queue behind them.
 */
final class CacheFirst {

    private CacheFirst() {
    }

    static Uni<Response> respond(Supplier<Optional<Response>> fromCache, Supplier<Response> loading) {
        Optional<Response> cached = fromCache.get();
        if (cached.isPresent()) {
            return Uni.createFrom().item(cached.get());
        }
        return Uni.createFrom().item(loading).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
