package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.audit.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;

/**
 * Writes AWS wire responses, each with {@code x-amzn-RequestId} (the request id the audit trail and
 * logs record): for the JSON protocol the error envelope ({@link AwsJsonError} body,
 * {@code x-amzn-ErrorType}) and successful bodies as {@code application/x-amz-json-1.1}; for the
 * query protocol the {@link QueryXml} documents as {@code text/xml}, the request id also in the body.
 */
@ApplicationScoped
public class AwsErrorWriter {

    private final RequestOrigin request;

    public AwsErrorWriter(RequestOrigin request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    public Response error(AwsJsonError error) {
        return base(error.status(), AwsJson.bytes(error.toJson()))
                .header(AwsJson.X_AMZN_ERROR_TYPE, error.type()).build();
    }

    /** An error whose shape has members beyond {@code message} ({@link ErrorMembers}). */
    public Response error(AwsJsonError error, Map<String, String> members) {
        ObjectNode body = error.toJson();
        members.forEach((name, value) -> {
            if (value != null) {
                body.put(name, value);
            }
        });
        return base(error.status(), AwsJson.bytes(body)).header(AwsJson.X_AMZN_ERROR_TYPE, error.type()).build();
    }

    public Response ok(JsonNode body) {
        return base(200, AwsJson.bytes(body)).build();
    }

    public Response error(QueryError error) {
        return xml(error.status(), QueryXml.error(error, request.requestId()));
    }

    public Response ok(QueryResponse response) {
        return xml(200, QueryXml.response(response.action(), response.namespace(), response.result(),
                request.requestId()));
    }

    /** The id quoted in responses, for the log line of an unexpected failure. */
    public String requestId() {
        return request.requestId();
    }

    private Response xml(int status, byte[] body) {
        return Response.status(status).type(QueryXml.MEDIA_TYPE).entity(body)
                .header(AwsJson.X_AMZN_REQUEST_ID, request.requestId()).build();
    }

    private Response.ResponseBuilder base(int status, byte[] body) {
        return Response.status(status).type(AwsJson.MEDIA_TYPE_1_1).entity(body)
                .header(AwsJson.X_AMZN_REQUEST_ID, request.requestId());
    }
}
