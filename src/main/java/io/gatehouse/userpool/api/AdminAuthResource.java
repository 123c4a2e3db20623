package io.gatehouse.userpool.api;

import io.gatehouse.auth.Authorize;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.AppAuthService;
import io.gatehouse.auth.CallerContext;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in on a user's behalf by a back end that holds the account's credentials (SigV4), the
 * counterpart of AdminInitiateAuth and AdminRespondToAuthChallenge:
 * {@code /api/v1/user-pools/{poolId}/clients/{clientId}/admin-auth}. Only here is
 * ADMIN_USER_PASSWORD_AUTH available; USER_PASSWORD_AUTH is not.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html">AdminInitiateAuth</a>
 */
@Path("/api/v1/user-pools/{poolId}/clients/{clientId}/admin-auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "App sign-in")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", description = "Missing SigV4 credentials, or wrong user credentials "
        + "(NotAuthorizedException)")
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AdminAuthResource {

    private static final String EXAMPLE = """
            {"flow": "ADMIN_USER_PASSWORD_AUTH", "parameters": {"USERNAME": "alice", "PASSWORD": "Correct-Horse-1"}}""";

    private final AppAuthService auth;
    private final CallerContext callers;

    public AdminAuthResource(AppAuthService auth, CallerContext callers) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:AdminInitiateAuth", resource = Authorize.USER_POOL)
    @POST
    @Operation(summary = "Start a sign-in as an administrator (AdminInitiateAuth)", description = "ADMIN_USER_PASSWORD_AUTH, "
            + "USER_SRP_AUTH or REFRESH_TOKEN_AUTH, if the client allows the flow")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "adminPassword", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "A challenge or the tokens")
    public AuthResultView initiate(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                   AppAuthRequests.Initiate body) {
        AppAuthRequests.Initiate request = RequestInput.body(body);
        return AuthResultView.of(auth.adminInitiate(callers.require().accountId(), poolId, clientId,
                RequestInput.field(request.flow(), "flow"), AppSignInResource.parameters(request.parameters()),
                TriggerInput.NONE));
    }

    @Authorize(action = "cognito-idp:AdminRespondToAuthChallenge", resource = Authorize.USER_POOL)
    @POST
    @Path("/challenge")
    @Operation(summary = "Answer a sign-in challenge as an administrator (AdminRespondToAuthChallenge)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "newPassword", value = """
            {"name": "NEW_PASSWORD_REQUIRED", "session": "AYABeC...",
             "responses": {"USERNAME": "alice", "NEW_PASSWORD": "New-Horse-2"}}""")))
    @APIResponse(responseCode = "200", description = "Another challenge or the tokens")
    public AuthResultView respond(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                  AppAuthRequests.Respond body) {
        AppAuthRequests.Respond request = RequestInput.body(body);
        return AuthResultView.of(auth.adminRespond(callers.require().accountId(), poolId, clientId,
                RequestInput.field(request.name(), "name"), RequestInput.field(request.session(), "session"),
                AppSignInResource.parameters(request.responses()), TriggerInput.NONE));
    }
}
