package io.gatehouse.audit;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** The id of the current HTTP request, shared by the audit trail and error responses. */
public final class RequestIds {

    private static final String KEY = "gatehouse.request-id";

    private RequestIds() {
    }

    public static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        if (id == null) {
            id = UUID.randomUUID().toString();
            rc.put(KEY, id);
        }
        return id;
    }
}
