package io.gatehouse.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;

/** Where the current HTTP request comes from; null outside a request (startup, jobs). */
@ApplicationScoped
public class RequestOrigin {

    private final CurrentVertxRequest currentRequest;

    public RequestOrigin(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    public String ip() {
        RoutingContext rc = current();
        return rc == null || rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }

    public String userAgent() {
        RoutingContext rc = current();
        return rc == null ? null : rc.request().getHeader("User-Agent");
    }

    /** True when the request came over HTTPS (as the proxy reports it, when forwarding is enabled). */
    public boolean secure() {
        RoutingContext rc = current();
        return rc != null && "https".equalsIgnoreCase(rc.request().scheme());
    }

    public String requestId() {
        RoutingContext rc = current();
        return rc == null ? null : RequestIds.of(rc);
    }

    private RoutingContext current() {
        try {
            return currentRequest.getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
