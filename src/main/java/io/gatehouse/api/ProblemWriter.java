package io.gatehouse.api;

import io.gatehouse.core.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Builds problem+json responses stamped with the current request's path ({@code instance}) and
 * request id, so every mapper writes the same shape.
 */
@ApplicationScoped
public class ProblemWriter {

    private final CurrentRequest request;

    public ProblemWriter(CurrentRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    /** A response for an error table entry. */
    public Response write(ErrorCode code, String detail) {
        return toResponse(Problem.of(code, detail, request.path(), request.requestId()));
    }

    /** An {@code AccessDenied} response carrying the denial's encoded authorization message. */
    public Response writeDenied(ErrorCode code, String detail, String encodedAuthorizationMessage) {
        return toResponse(Problem.of(code, detail, request.path(), request.requestId())
                .withEncodedAuthorizationMessage(encodedAuthorizationMessage));
    }

    /** A response for a bare HTTP status ({@code about:blank}, titled with the reason phrase). */
    public Response write(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return toResponse(new Problem(Problem.ABOUT_BLANK, title, status, detail, request.path(), request.requestId(),
                null));
    }

    private static Response toResponse(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
