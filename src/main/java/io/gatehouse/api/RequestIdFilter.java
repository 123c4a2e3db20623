package io.gatehouse.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code X-Request-Id} to every response, the id also found in problem bodies, audit events
 * and logs, so a client report can be traced to the server side.
 */
public class RequestIdFilter {

    /** The response header carrying the request id. */
    public static final String HEADER = "X-Request-Id";

    private final CurrentRequest request;

    public RequestIdFilter(CurrentRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response) {
        String id = request.requestId();
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
