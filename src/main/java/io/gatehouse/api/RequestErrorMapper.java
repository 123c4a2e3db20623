package io.gatehouse.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps failures of the HTTP layer itself to problem+json: unreadable JSON bodies (Quarkus REST
 * rethrows Jackson's {@link MismatchedInputException} and wraps syntax errors in a 400
 * {@link WebApplicationException}) and the framework's own 4xx/5xx such as 404, 405 and 415.
 * A {@link WebApplicationException} that already carries a body or is not an error is left as is.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4.2.1">RFC 9457 §4.2.1 about:blank</a>
 */
public class RequestErrorMapper {

    private final ProblemWriter problems;

    public RequestErrorMapper(ProblemWriter problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Jackson's binding failures: unknown fields, wrong JSON types. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e) {
        return problems.write(ApiError.SERIALIZATION, JsonErrors.describe(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return problems.write(ApiError.SERIALIZATION, JsonErrors.describe(json));
        }
        Response response = e.getResponse();
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        Response problem = problems.write(response.getStatus(), detail(response.getStatus()));
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "The HTTP method is not allowed on this resource";
            case 406 -> "None of the acceptable media types can be produced";
            case 415 -> "The request body must be application/json";
            default -> "The request could not be processed";
        };
    }
}
