package io.gatehouse.iam.api;

import io.gatehouse.api.ProblemWriter;
import io.gatehouse.iam.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A denial a native REST method finds itself (authorizing a resource named in the body, say) is
 * answered like one found before the method runs: 403 {@code AccessDenied} with the encoded
 * authorization message. The AWS wire endpoint maps it with its own mappers, which leave the
 * message out, as AWS words those denials.
 */
public class AccessDeniedProblemMapper {

    private final ProblemWriter problems;

    public AccessDeniedProblemMapper(ProblemWriter problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @ServerExceptionMapper
    public Response map(AccessDeniedException e) {
        return problems.writeDenied(e.code(), e.getMessage(), e.encodedMessage());
    }
}
