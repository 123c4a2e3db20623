package io.gatehouse.oidc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Responses carrying tokens or credentials: "Cache-Control: no-store" (RFC 6749 §5.1). The body
 * is written to bytes here with the application's own mapper, the one Quarkus REST would use:
 * handing it a map cost a writer lookup, a generator and a blocking output stream per response.
 */
@ApplicationScoped
class NoStore {

    private final ObjectWriter writer;

    NoStore(ObjectMapper json) {
        this.writer = json.writer();
    }

    Response json(Object body) {
        return Response.ok(bytes(body), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    private byte[] bytes(Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a token endpoint response cannot be written", e);
        }
    }
}
