package io.gatehouse.authorize.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.authorize.ResourceServerAuthorizer;
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
 * {@code POST /api/v1/authorize}: the authorization endpoint for resource servers that are not AWS
 * (docs/authorize.md). The resource server signs this call with its own credentials and needs
 * {@code gatehouse:Authorize}; the answer is always 200 once the question is well formed, so the
 * resource server's own failures (401/403/400 problems) stay apart from its caller's
 * ({@code authenticated:false} or {@code decision:Deny}).
 */
@Path("/api/v1/authorize")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Authorization for resource servers", description = "Let any backend use Gatehouse credentials and IAM "
        + "policies for its own API")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class AuthorizeResource {

    private final ResourceServerAuthorizer authorizer;
    private final CallerContext callers;

    public AuthorizeResource(ResourceServerAuthorizer authorizer, CallerContext callers) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "gatehouse:Authorize")
    @POST
    @Operation(summary = "Decide a resource server's caller", description = "Verifies the caller's SigV4 signature "
            + "(request) or console session token (bearer), then evaluates its policies for action on resource with "
            + "context. A caller of another account is denied (PrincipalInAnotherAccount)")
    @APIResponse(responseCode = "200", description = "The decision, the caller and why")
    public AuthorizeView authorize(AuthorizeBody body) {
        return AuthorizeView.of(authorizer.answer(callers.require(), RequestInput.body(body).question()));
    }
}
