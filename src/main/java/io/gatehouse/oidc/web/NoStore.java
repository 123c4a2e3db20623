package io.gatehouse.oidc.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Responses carrying tokens or credentials: "Cache-Control: no-store" (RFC 6749 §5.1). */
final class NoStore {

    private NoStore() {
    }

    static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
