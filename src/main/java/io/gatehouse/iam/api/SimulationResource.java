package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import io.gatehouse.iam.PolicySimulator;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * IAM's policy simulator ({@code /api/v1/iam/simulations}): SimulateCustomPolicy and
 * SimulatePrincipalPolicy on the engine that authorizes every request. The principal's ARN is in the
 * body, so besides {@code iam:SimulatePrincipalPolicy} on {@code *} (checked before the method runs)
 * the method also authorizes that action on the principal itself, as the query protocol does: a
 * deny on one user is honoured on both.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html">SimulatePrincipalPolicy</a>
 */
@Path("/api/v1/iam/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM policy simulator", description = "Simulate the decision of policies or of a principal's policies")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class SimulationResource {

    private final PolicySimulator simulator;
    private final Authorizer authorizer;
    private final CallerContext callers;

    public SimulationResource(PolicySimulator simulator, Authorizer authorizer, CallerContext callers) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:SimulateCustomPolicy")
    @POST
    @Path("/custom")
    @Operation(summary = "Simulate policies", description = "Evaluates policyInputList (and an optional boundary and "
            + "resource policy) for every action and resource; no SCP applies. A resourcePolicy needs a callerArn. "
            + "Invalid documents are MalformedPolicyDocument (400) with the parser's reason")
    @APIResponse(responseCode = "200", description = "One evaluation per action")
    public SimulationView custom(SimulationRequest.Custom body) {
        SimulationRequest.Custom r = RequestInput.body(body);
        return SimulationView.of(simulator.simulateCustom(callers.require().accountId(), r.input()));
    }

    @Authorize(action = "iam:SimulatePrincipalPolicy")
    @POST
    @Path("/principal")
    @Operation(summary = "Simulate a principal's policies", description = "Evaluates the policies of a user (its groups "
            + "included), role or group of the caller's account, its permissions boundary and the SCPs of the account, "
            + "plus any policyInputList; unknown principal: NoSuchEntity (404)")
    @APIResponse(responseCode = "200", description = "One evaluation per action")
    @APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
    public SimulationView principal(SimulationRequest.Principal body) {
        SimulationRequest.Principal r = RequestInput.body(body);
        String source = RequestInput.field(r.policySourceArn(), "policySourceArn");
        Caller caller = callers.require();
        authorizer.authorize(AuthorizationRequest.of(caller, "iam:SimulatePrincipalPolicy", source));
        return SimulationView.of(simulator.simulatePrincipal(caller.accountId(), source, r.input()));
    }
}
