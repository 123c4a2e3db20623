package io.gatehouse.api;

import io.gatehouse.core.GatehouseException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The global mapper of domain errors: a {@link GatehouseException} becomes problem+json with the
 * status and AWS error name of its code. Its message is safe to show by contract, so it is the detail.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public class ProblemExceptionMapper {

    private final ProblemWriter problems;

    public ProblemExceptionMapper(ProblemWriter problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @ServerExceptionMapper
    public Response map(GatehouseException e) {
        return problems.write(e.code(), e.getMessage());
    }
}
