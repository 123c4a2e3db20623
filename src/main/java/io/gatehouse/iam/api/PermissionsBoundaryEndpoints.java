package io.gatehouse.iam.api;

import io.gatehouse.api.RequestInput;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.PermissionsBoundaryService;
import io.gatehouse.iam.PrincipalType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The permissions boundary of a user or role, {@code …/{principalName}/permissions-boundary}: the
 * native form of Put/Delete{User,Role}PermissionsBoundary. One subclass per principal type gives the
 * path.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html">PutRolePermissionsBoundary</a>
 */
abstract class PermissionsBoundaryEndpoints {

    private final PermissionsBoundaryService boundaries;
    private final CallerContext callers;
    private final PrincipalType type;

    PermissionsBoundaryEndpoints(PermissionsBoundaryService boundaries, CallerContext callers, PrincipalType type) {
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.type = type;
    }

    @Authorize(action = "iam:Get{Type}", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @GET
    @Operation(summary = "Read the permissions boundary", description = "policyArn is null when there is none")
    @APIResponse(responseCode = "200", description = "The boundary")
    public PolicyArnRequest get(@PathParam("principalName") String principalName) {
        return new PolicyArnRequest(boundaries.get(callers.require().accountId(), type, principalName).orElse(null));
    }

    @Authorize(action = "iam:Put{Type}PermissionsBoundary", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @PUT
    @Operation(summary = "Set the permissions boundary", description = "The managed policy must exist")
    @APIResponse(responseCode = "200", description = "The boundary")
    public PolicyArnRequest put(@PathParam("principalName") String principalName, PolicyArnRequest body) {
        PolicyArnRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        boundaries.set(caller.accountId(), caller.principalArn(), type, principalName,
                RequestInput.field(request.policyArn(), "policyArn"));
        return get(principalName);
    }

    @Authorize(action = "iam:Delete{Type}PermissionsBoundary", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @DELETE
    @Operation(summary = "Remove the permissions boundary")
    @APIResponse(responseCode = "204", description = "Removed, or there was none")
    public void delete(@PathParam("principalName") String principalName) {
        Caller caller = callers.require();
        boundaries.set(caller.accountId(), caller.principalArn(), type, principalName, null);
    }
}
