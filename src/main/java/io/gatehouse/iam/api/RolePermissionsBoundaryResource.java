package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.RoleService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The permissions boundary of an IAM role ({@code /api/v1/iam/roles/{name}/permissions-boundary}): the
 * native form of Put/DeleteRolePermissionsBoundary.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html">PutRolePermissionsBoundary</a>
 */
@Path("/api/v1/iam/roles/{principalName}/permissions-boundary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM policies", description = "Managed and inline policies, attachments and permissions boundaries")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class RolePermissionsBoundaryResource {

    private final RoleService boundaries;
    private final CallerContext callers;

    public RolePermissionsBoundaryResource(RoleService boundaries, CallerContext callers) {
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @GET
    @Operation(summary = "Read the role's permissions boundary", description = "policyArn is null when there is none")
    @APIResponse(responseCode = "200", description = "The boundary")
    public PolicyArnRequest get(@PathParam("principalName") String principalName) {
        return new PolicyArnRequest(boundaries.get(callers.require().accountId(), principalName).permissionsBoundary());
    }

    @PUT
    @Operation(summary = "Set the role's permissions boundary", description = "The managed policy must exist")
    @APIResponse(responseCode = "200", description = "The boundary")
    public PolicyArnRequest put(@PathParam("principalName") String principalName, PolicyArnRequest body) {
        PolicyArnRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        boundaries.setPermissionsBoundary(caller.accountId(), caller.principalArn(), principalName,
                RequestInput.field(request.policyArn(), "policyArn"));
        return get(principalName);
    }

    @DELETE
    @Operation(summary = "Remove the role's permissions boundary")
    @APIResponse(responseCode = "204", description = "Removed, or there was none")
    public void delete(@PathParam("principalName") String principalName) {
        Caller caller = callers.require();
        boundaries.setPermissionsBoundary(caller.accountId(), caller.principalArn(), principalName, null);
    }
}
