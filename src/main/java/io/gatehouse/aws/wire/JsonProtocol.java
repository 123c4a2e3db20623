package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * The AWS JSON 1.1 (and 1.0) protocol: picks the operation named by {@code X-Amz-Target} from the
 * {@link JsonOperationRegistry}, authenticates a signed operation by SigV4 scoped to the
 * operation's signing name, parses the body, and runs the handler. Unsigned operations are not
 * authenticated at all, even when a signature is sent, as AWS does.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 */
@ApplicationScoped
public class JsonProtocol {

    /** Audit action of a rejected signature on the AWS wire protocols. */
    public static final String AUDIT_ACTION = "aws.authenticate";

    private final JsonOperationRegistry registry;
    private final RequestAuthenticator authenticator;
    private final CallerContext callers;

    public JsonProtocol(JsonOperationRegistry registry, RequestAuthenticator authenticator, CallerContext callers) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** True when the request speaks the JSON protocol; the query protocol takes the others. */
    public boolean accepts(SignedRequest request) {
        return WireProtocol.of(request.header(AwsJson.X_AMZ_TARGET), request.header("Content-Type")) == WireProtocol.JSON;
    }

    /** Runs the operation the request names and returns its response object. */
    public ObjectNode dispatch(SignedRequest request) {
        JsonOperation operation = operationOf(request);
        requireJsonContentType(request);
        Caller caller = operation.signed() ? authenticate(request, operation) : null;
        JsonInput input = JsonInput.parse(request.body());
        return operation.handler().handle(new JsonCall(operation.name(), input, caller));
    }

    private JsonOperation operationOf(SignedRequest request) {
        List<String> target = request.header(AwsJson.X_AMZ_TARGET);
        return registry.find(target.size() == 1 ? target.get(0).strip() : null)
                .orElseThrow(() -> new GatehouseException(WireError.UNKNOWN_OPERATION, null));
    }

    private static void requireJsonContentType(SignedRequest request) {
        List<String> types = request.header("Content-Type");
        if (request.body().length > 0 && (types.size() != 1 || !AwsJson.isJson(types.get(0)))) {
            throw new GatehouseException(WireError.SERIALIZATION,
                    "Content-Type must be " + AwsJson.MEDIA_TYPE_1_1);
        }
    }

    private Caller authenticate(SignedRequest request, JsonOperation operation) {
        Caller caller = authenticator.authenticate(request, operation.signingName(), AUDIT_ACTION, operation.target());
        callers.authenticated(caller);
        return caller;
    }
}
