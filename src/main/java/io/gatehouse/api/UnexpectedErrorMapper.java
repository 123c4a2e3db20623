package io.gatehouse.api;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthNames;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last resort: any exception no other mapper claims becomes a 500 {@code InternalFailure}
 * problem with the request id and no detail of the cause, which is logged under the same id.
 * Exposing nothing of an unexpected failure keeps internals and secrets out of responses. On the
 * OAuth endpoints the same failure is an RFC 6749 {@code server_error}.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);
    private static final Pattern OAUTH_ENDPOINT = Pattern.compile("/[A-Za-z0-9-]+_[0-9a-zA-Z]+/oauth2/.*");
    static final String DETAIL = "An internal error occurred. Quote the request id when reporting it.";

    private final ProblemWriter problems;
    private final CurrentRequest request;

    public UnexpectedErrorMapper(ProblemWriter problems, CurrentRequest request) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.request = Objects.requireNonNull(request, "request");
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "Request %s to %s failed unexpectedly", request.requestId(), request.path());
        if (request.path() != null && OAUTH_ENDPOINT.matcher(request.path()).matches()) {
            return oauthServerError();
        }
        return problems.write(ApiError.INTERNAL_FAILURE, DETAIL);
    }

    /** OAuth clients parse RFC 6749 §5.2 errors, so the OAuth endpoints answer {@code server_error} in that format. */
    private Response oauthServerError() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(OAuthNames.ERROR, OAuthError.SERVER_ERROR.code());
        body.put(OAuthNames.ERROR_DESCRIPTION, DETAIL + " Request id: " + request.requestId());
        return Response.status(OAuthError.SERVER_ERROR.status()).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(body).build();
    }
}
