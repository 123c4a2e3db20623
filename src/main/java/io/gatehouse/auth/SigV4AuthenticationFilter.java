package io.gatehouse.auth;

import io.gatehouse.api.ProblemWriter;
import io.gatehouse.auth.sigv4.QueryString;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Names;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every request to the native REST API ({@code /api/v1}) by its AWS Signature
 * Version 4, or by a bearer session token from console sign-in, and records the {@link Caller} in
 * {@link CallerContext}; a failure ends the request
 * with the problem+json of its {@link io.gatehouse.auth.sigv4.SigV4Failure} (401, 403 or 400).
 * The body is buffered (at most 1 MiB) so its hash can be checked and the resource can still read
 * it. The signature is checked over the path and query exactly as sent on the wire (Vert.x's
 * {@code path()} and {@code query()}: {@code UriInfo#getRequestUri()} has already removed dot
 * segments, empty segments and matrix parameters). Which requests are covered is decided by
 * {@link NativeApiScope}.
 *
 * <p>Runs on the resource method's thread: {@code /api/v1} resource methods must be blocking
 * (the Quarkus REST default for methods not returning {@code Uni}/{@code Multi}), because the
 * filter reads the body and looks the key up in the database. On the event loop it fails closed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature Version 4</a>
 */
public class SigV4AuthenticationFilter {

    /** Largest request body accepted on {@code /api/v1}: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = Logger.getLogger(SigV4AuthenticationFilter.class);

    /** The SigV4 service name of the native REST API. */
    public static final String SERVICE = "gatehouse";

    private static final String BEARER = "Bearer ";

    /** The audit action of a rejected native API signature. */
    static final String AUDIT_ACTION = "api.authenticate";

    private final RequestAuthenticator authenticator;
    private final CallerContext callerContext;
    private final ProblemWriter problems;
    private final NativeApiScope scope = new NativeApiScope();

    public SigV4AuthenticationFilter(RequestAuthenticator authenticator, CallerContext callerContext,
            ProblemWriter problems) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.callerContext = Objects.requireNonNull(callerContext, "callerContext");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Returns null to let an authenticated request through, or the problem response that ends it. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest wire) {
        String wirePath = wire.path() == null ? request.getUriInfo().getRequestUri().getRawPath() : wire.path();
        // The decoded normalized path is under the root whenever the raw normalized one is, so
        // the request URI (parsed anew on each call) is only built for requests that are covered.
        if (!scope.covers(resource, wirePath, request.getUriInfo().getPath())) {
            return null;
        }
        URI uri = request.getUriInfo().getRequestUri();
        if (!BlockingOperationControl.isBlockingAllowed()) {
            LOG.errorf("SigV4 authentication of %s needs a blocking resource method; request rejected", wirePath);
            return problems.write(500, "The request could not be authenticated");
        }
        String bearer = bearerToken(request);
        if (bearer != null) {
            return verifyBearer(bearer, request.getMethod() + " " + wirePath);
        }
        byte[] body = readBody(request);
        if (body == null) {
            return problems.write(413, "The request body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        SignedRequest signed = new SignedRequest(request.getMethod(), wirePath,
                QueryString.parse(wire.query()), headers(request, uri), body);
        return verify(signed);
    }

    private Response verify(SignedRequest signed) {
        try {
            callerContext.authenticated(authenticator.authenticate(signed, SERVICE, AUDIT_ACTION,
                    signed.method() + " " + signed.rawPath()));
            return null;
        } catch (SigV4Exception e) {
            LOG.debugf("SigV4 authentication failed on %s %s: %s", signed.method(), signed.rawPath(), e.failure());
            return challenge(problems.write(e.failure(), e.getMessage()));
        }
    }

    /** The token of an {@code Authorization: Bearer <session token>} header (console sign-in), or null. */
    private static String bearerToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private Response verifyBearer(String token, String target) {
        try {
            callerContext.authenticated(authenticator.authenticateBearer(token, AUDIT_ACTION, target));
            return null;
        } catch (SigV4Exception e) {
            LOG.debugf("Bearer authentication failed on %s: %s", target, e.failure());
            Response problem = problems.write(e.failure(), e.getMessage());
            return problem.getStatus() != Response.Status.UNAUTHORIZED.getStatusCode() ? problem
                    : Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
    }

    /** RFC 9110 section 11.6.1: a 401 "MUST send a WWW-Authenticate header field". */
    private static Response challenge(Response problem) {
        if (problem.getStatus() != Response.Status.UNAUTHORIZED.getStatusCode()) {
            return problem;
        }
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, SigV4Names.ALGORITHM).build();
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            return null;
        }
        InputStream entity = request.getEntityStream();
        if (entity == null) {
            return new byte[0];
        }
        try {
            byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    /** All headers; over HTTP/2 the {@code :authority} stands in for a missing {@code Host}. */
    private static Map<String, List<String>> headers(ContainerRequestContext request, URI uri) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.getHeaders());
        if (request.getHeaderString(HttpHeaders.HOST) == null && uri.getRawAuthority() != null) {
            headers.put(HttpHeaders.HOST, List.of(uri.getRawAuthority()));
        }
        return headers;
    }
}
