package io.gatehouse.aws.wire;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.auth.sigv4.SigV4Names;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS query protocol (IAM, STS): reads the form parameters, picks the operation named by
 * {@code Version} and {@code Action} from the {@link QueryOperationRegistry} (the credential scope's
 * service breaking a tie), authenticates a signed operation by SigV4 scoped to the operation's
 * signing name, and runs the handler. Unsigned operations are not authenticated at all, even when
 * a signature is sent, as AWS does.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html">AWS query protocol</a>
 */
@ApplicationScoped
public class QueryProtocol {

    public static final String ACTION = "Action";
    public static final String VERSION = "Version";
    public static final String FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";
    private static final Pattern SCOPE_SERVICE = Pattern.compile("Credential=[^/,\\s]+/[^/,\\s]+/[^/,\\s]+/([^/,\\s]+)/");

    private final QueryOperationRegistry registry;
    private final RequestAuthenticator authenticator;
    private final CallerContext callers;

    public QueryProtocol(QueryOperationRegistry registry, RequestAuthenticator authenticator, CallerContext callers) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** Runs the operation the request names and returns what the response is made of. */
    public QueryResponse dispatch(SignedRequest request) {
        requireFormContentType(request);
        Map<String, String> params = QueryForm.parse(request.body(), request.query());
        QueryOperation operation = operationOf(params, scopeService(request));
        Caller caller = operation.signed() ? authenticate(request, operation) : null;
        QueryResult result = operation.handler().handle(new QueryCall(operation.action(), QueryInput.of(params), caller));
        return new QueryResponse(operation.action(), operation.namespace(), result);
    }

    private QueryOperation operationOf(Map<String, String> params, String scopeService) {
        String action = params.get(ACTION);
        if (action == null || action.isEmpty()) {
            throw new GatehouseException(QueryWireError.MISSING_ACTION, "The request must contain the parameter Action");
        }
        String version = params.get(VERSION);
        if (version == null || version.isEmpty()) {
            throw new GatehouseException(QueryWireError.MISSING_PARAMETER, "The request must contain the parameter Version");
        }
        return registry.find(version, action, scopeService).orElseThrow(() -> new GatehouseException(
                QueryWireError.INVALID_ACTION, "Could not find operation " + action + " for version " + version));
    }

    private static void requireFormContentType(SignedRequest request) {
        List<String> types = request.header("Content-Type");
        if (request.body().length > 0 && (types.size() != 1 || !isForm(types.get(0)))) {
            throw new GatehouseException(QueryWireError.MALFORMED_QUERY_STRING,
                    "Content-Type must be " + FORM_MEDIA_TYPE);
        }
    }

    static boolean isForm(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(FORM_MEDIA_TYPE);
    }

    /** The service of the credential scope, read without verifying anything; null when unsigned. */
    private static String scopeService(SignedRequest request) {
        List<String> authorization = request.header(SigV4Names.AUTHORIZATION);
        String credential = authorization.size() == 1 ? authorization.get(0)
                : "Credential=" + String.join(",", request.queryParameter(SigV4Names.QUERY_CREDENTIAL));
        Matcher m = SCOPE_SERVICE.matcher(credential);
        return m.find() ? m.group(1) : null;
    }

    private Caller authenticate(SignedRequest request, QueryOperation operation) {
        Caller caller = authenticator.authenticate(request, operation.signingName(), JsonProtocol.AUDIT_ACTION,
                operation.target());
        callers.authenticated(caller);
        return caller;
    }
}
