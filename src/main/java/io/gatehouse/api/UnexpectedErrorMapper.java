package io.gatehouse.api;

import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last resort: any exception no other mapper claims becomes a 500 {@code InternalFailure}
 * problem with the request id and no detail of the cause, which is logged under the same id.
 * Exposing nothing of an unexpected failure keeps internals and secrets out of responses.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);
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
        return problems.write(ApiError.INTERNAL_FAILURE, DETAIL);
    }
}
