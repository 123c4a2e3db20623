package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * The AWS JSON 1.1 (and 1.0) protocol: picks the operation named by {@code X-Amz-Target} from the
 * {@link JsonOperationRegistry}, authenticates a signed operation by SigV4 scoped to the
 * operation's signing name, parses the body, authorizes the operation's action on its target with
 * the policy engine, and runs the handler. Unsigned operations are not
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
    private final Authorizer authorizer;
    private final PlatformConfig platform;

    public JsonProtocol(JsonOperationRegistry registry, RequestAuthenticator authenticator, CallerContext callers,
                        Authorizer authorizer, PlatformConfig platform) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.platform = Objects.requireNonNull(platform, "platform");
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
        if (caller != null) {
            authorize(caller, operation, input);
        }
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

    /** Every signed operation is authorized by the policy engine before its handler runs. */
    private void authorize(Caller caller, JsonOperation operation, JsonInput input) {
        AuthorizationTarget target = operation.resolver().resolve(caller, input, platform.region());
        authorizer.authorize(new AuthorizationRequest(caller, operation.action(), target.resource(), null,
                target.requestKeys()));
    }

    private Caller authenticate(SignedRequest request, JsonOperation operation) {
        Caller caller = authenticator.authenticate(request, operation.signingName(), AUDIT_ACTION, operation.target());
        callers.authenticated(caller);
        return caller;
    }
}
