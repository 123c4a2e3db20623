package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.InlinePolicyService;
import io.gatehouse.iam.PrincipalType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The inline policies of one kind of principal, {@code …/{principalName}/policies}: the native form of
 * Put/Get/List/Delete{User,Group,Role}Policy. One subclass per principal type gives the path.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html">PutRolePolicy</a>
 */
abstract class InlinePolicyEndpoints {

    private final InlinePolicyService policies;
    private final CallerContext callers;
    private final PrincipalType type;

    InlinePolicyEndpoints(InlinePolicyService policies, CallerContext callers, PrincipalType type) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.type = type;
    }

    @Authorize(action = "iam:List{Type}Policies", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @GET
    @Operation(summary = "List the names of the inline policies", description = "Ordered by name; limit 1 to 60")
    @APIResponse(responseCode = "200", description = "One page of policy names and the cursor of the next")
    public Page<String> list(@PathParam("principalName") String principalName, @QueryParam("limit") String limit,
                             @QueryParam("cursor") String cursor) {
        return policies.list(callers.require().accountId(), type, principalName, cursor,
                PageRequest.parse(limit, null).limit());
    }

    @Authorize(action = "iam:Get{Type}Policy", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @GET
    @Path("/{policyName}")
    @Operation(summary = "Read an inline policy")
    @APIResponse(responseCode = "200", description = "The policy and its document")
    public InlinePolicyView get(@PathParam("principalName") String principalName,
                                @PathParam("policyName") String policyName) {
        return InlinePolicyView.of(policies.get(callers.require().accountId(), type, principalName, policyName));
    }

    @Authorize(action = "iam:Put{Type}Policy", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @PUT
    @Path("/{policyName}")
    @Operation(summary = "Create or replace an inline policy")
    @APIResponse(responseCode = "200", description = "The stored policy")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public InlinePolicyView put(@PathParam("principalName") String principalName,
                                @PathParam("policyName") String policyName, DocumentRequest body) {
        DocumentRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        policies.put(caller.accountId(), caller.principalArn(), type, principalName, policyName,
                PolicyDocumentInput.text(request.document(), "document"));
        return get(principalName, policyName);
    }

    @Authorize(action = "iam:Delete{Type}Policy", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @DELETE
    @Path("/{policyName}")
    @Operation(summary = "Delete an inline policy")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("principalName") String principalName, @PathParam("policyName") String policyName) {
        Caller caller = callers.require();
        policies.delete(caller.accountId(), caller.principalArn(), type, principalName, policyName);
    }
}
