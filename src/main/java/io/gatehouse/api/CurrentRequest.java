package io.gatehouse.api;

import io.gatehouse.audit.RequestIds;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Objects;

/**
 * The id and path of the HTTP request being served, for problem bodies, response headers and
 * logs. The id is the one the audit trail records ({@link RequestIds}).
 */
@ApplicationScoped
public class CurrentRequest {

    private final CurrentVertxRequest currentRequest;

    public CurrentRequest(CurrentVertxRequest currentRequest) {
        this.currentRequest = Objects.requireNonNull(currentRequest, "currentRequest");
    }

    /** The id of the current request, or null outside of a request. */
    public String requestId() {
        RoutingContext rc = routingContext();
        return rc == null ? null : RequestIds.of(rc);
    }

    /** The path of the current request as sent, or null outside of a request. */
    public String path() {
        RoutingContext rc = routingContext();
        return rc == null ? null : rc.request().path();
    }

    private RoutingContext routingContext() {
        try {
            return currentRequest.getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
