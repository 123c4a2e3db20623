package io.gatehouse.aws.wire;

import io.gatehouse.auth.SigV4AuthenticationFilter;
import io.gatehouse.auth.sigv4.QueryString;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.core.GatehouseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /}: the single entry point of the AWS wire protocols, where the AWS SDKs send every
 * call once pointed at Gatehouse with {@code endpointOverride}; {@code GET /} serves the query
 * protocol with every parameter in the URL, as IAM and STS do (a presigned URL is such a GET). The body (at most 1 MiB, as on the
 * native API) and the request as sent on the wire go to the protocol the request speaks
 * ({@link WireProtocol}): the JSON protocol when it names an {@code X-Amz-Target}, else the query
 * protocol. Errors thrown from here are written in that protocol's envelope by this class's own
 * mappers, never as problem+json; an unexpected one becomes {@code InternalErrorException} (JSON) or
 * {@code InternalFailure} (query) with the request id and no detail, and is logged.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html">AWS query protocol</a>
 */
@Path("/")
public class AwsEndpoint {

    private static final Logger LOG = Logger.getLogger(AwsEndpoint.class);
    static final String INTERNAL_MESSAGE = "An internal error occurred. Quote the request id when reporting it.";

    private final JsonProtocol json;
    private final QueryProtocol query;
    private final AwsErrorWriter writer;

    public AwsEndpoint(JsonProtocol json, QueryProtocol query, AwsErrorWriter writer) {
        this.json = Objects.requireNonNull(json, "json");
        this.query = Objects.requireNonNull(query, "query");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response post(InputStream body, @Context HttpServerRequest wire) {
        SignedRequest request = new SignedRequest("POST", wire.path(), QueryString.parse(wire.query()),
                headers(wire), readBody(wire, body));
        if (json.accepts(request)) {
            return writer.ok(json.dispatch(request));
        }
        return writer.ok(query.dispatch(request));
    }

    /** The query protocol by GET: no body, the parameters and any presigned signature in the URL. */
    @GET
    @Operation(hidden = true)
    public Response get(@Context HttpServerRequest wire) {
        SignedRequest request = new SignedRequest("GET", wire.path(), QueryString.parse(wire.query()),
                headers(wire), new byte[0]);
        return writer.ok(query.dispatch(request));
    }

    @ServerExceptionMapper
    public Response mapDomainError(GatehouseException e, HttpHeaders headers) {
        if (protocolOf(headers) == WireProtocol.QUERY) {
            return writer.error(QueryError.of(e));
        }
        return e instanceof ErrorMembers extra
                ? writer.error(AwsJsonError.of(e), extra.errorMembers())
                : writer.error(AwsJsonError.of(e));
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e, HttpHeaders headers) {
        LOG.errorf(e, "AWS wire request %s failed unexpectedly", writer.requestId());
        if (protocolOf(headers) == WireProtocol.QUERY) {
            return writer.error(QueryError.of(QueryWireError.INTERNAL_FAILURE, INTERNAL_MESSAGE));
        }
        return writer.error(AwsJsonError.of(WireError.INTERNAL_ERROR, INTERNAL_MESSAGE));
    }

    private static WireProtocol protocolOf(HttpHeaders headers) {
        return WireProtocol.of(nonNull(headers.getRequestHeader(AwsJson.X_AMZ_TARGET)),
                nonNull(headers.getRequestHeader("Content-Type")));
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static byte[] readBody(HttpServerRequest wire, InputStream body) {
        String length = wire.getHeader("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,18}")
                && Long.parseLong(length.strip()) > SigV4AuthenticationFilter.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(SigV4AuthenticationFilter.MAX_BODY_BYTES + 1);
            if (bytes.length > SigV4AuthenticationFilter.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    private static GatehouseException tooLarge() {
        return new GatehouseException(WireError.REQUEST_TOO_LARGE,
                "The request body exceeds " + SigV4AuthenticationFilter.MAX_BODY_BYTES + " bytes");
    }

    /** All headers as sent; over HTTP/2 the {@code :authority} stands in for a missing {@code Host}. */
    private static Map<String, List<String>> headers(HttpServerRequest wire) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : wire.headers().names()) {
            headers.put(name, wire.headers().getAll(name));
        }
        if (wire.getHeader("Host") == null && wire.authority() != null) {
            headers.put("Host", List.of(wire.authority().toString()));
        }
        return headers;
    }
}
