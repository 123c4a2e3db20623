package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The problem+json mappers decide status, title and what is exposed, without a running server. */
class ProblemMappersTest {

    private final CurrentRequest request = new CurrentRequest(new CurrentVertxRequest());
    private final ProblemWriter problems = new ProblemWriter(request);

    @Test
    void mapWhenGatehouseExceptionThenStatusTitleAndDetailFromCode() {
        Response response = new ProblemExceptionMapper(problems)
                .map(new GatehouseException(UserPoolError.USERNAME_EXISTS, "User account already exists"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("https://gatehouse.dev/problems/UsernameExistsException", problem.type());
        assertEquals("UsernameExistsException", problem.title());
        assertEquals("User account already exists", problem.detail());
    }

    @Test
    void unexpectedWhenAnyExceptionThenInternalFailureWithoutItsMessage() {
        Response response = new UnexpectedErrorMapper(problems, request)
                .unexpected(new IllegalStateException("password=hunter2 leaked in a message"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals("InternalFailure", problem.title());
        assertEquals(UnexpectedErrorMapper.DETAIL, problem.detail());
    }

    @Test
    void webWhenFrameworkErrorWithoutBodyThenAboutBlankProblemKeepingAllow() {
        Response response = new RequestErrorMapper(problems).web(new NotAllowedException("GET", new String[] {"POST"}));
        Problem problem = (Problem) response.getEntity();
        assertEquals(405, response.getStatus());
        assertEquals(Problem.ABOUT_BLANK, problem.type());
        assertEquals("Method Not Allowed", problem.title());
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void webWhenRedirectThenResponseUntouched() {
        Response response = new RequestErrorMapper(problems)
                .web(new RedirectionException(Response.Status.SEE_OTHER, URI.create("https://example.com/next")));
        assertEquals(303, response.getStatus());
        assertNull(response.getEntity());
    }
}
