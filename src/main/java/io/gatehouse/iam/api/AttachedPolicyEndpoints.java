package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.AttachedPolicy;
import io.gatehouse.iam.PolicyAttachmentService;
import io.gatehouse.iam.PrincipalType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The managed policies attached to one kind of principal, {@code …/{principalName}/attached-policies}:
 * the native form of Attach/Detach/ListAttached{User,Group,Role}Policies. One subclass per principal
 * type gives the path.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html">AttachRolePolicy</a>
 */
abstract class AttachedPolicyEndpoints {

    private final PolicyAttachmentService attachments;
    private final CallerContext callers;
    private final PrincipalType type;

    AttachedPolicyEndpoints(PolicyAttachmentService attachments, CallerContext callers, PrincipalType type) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.type = type;
    }

    @Authorize(action = "iam:ListAttached{Type}Policies", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @GET
    @Operation(summary = "List attached managed policies", description = "Ordered by ARN; limit 1 to 60")
    @APIResponse(responseCode = "200", description = "One page of attached policies and the cursor of the next")
    public Page<AttachedPolicy> list(@PathParam("principalName") String principalName,
                                     @QueryParam("pathPrefix") String pathPrefix, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        return attachments.attached(callers.require().accountId(), type, principalName, pathPrefix, cursor,
                PageRequest.parse(limit, null).limit());
    }

    @Authorize(action = "iam:Attach{Type}Policy", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @POST
    @Operation(summary = "Attach a managed policy", description = "At most 10 per principal; attaching twice changes nothing")
    @APIResponse(responseCode = "204", description = "Attached")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void attach(@PathParam("principalName") String principalName, PolicyArnRequest body) {
        PolicyArnRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        attachments.attach(caller.accountId(), caller.principalArn(), type, principalName,
                RequestInput.field(request.policyArn(), "policyArn"));
    }

    @Authorize(action = "iam:Detach{Type}Policy", resource = "arn:aws:iam::{account}:{type}/{principalName}")
    @DELETE
    @Operation(summary = "Detach a managed policy", description = "The policy is named by the 'policyArn' query parameter")
    @APIResponse(responseCode = "204", description = "Detached")
    public void detach(@PathParam("principalName") String principalName, @QueryParam("policyArn") String policyArn) {
        Caller caller = callers.require();
        attachments.detach(caller.accountId(), caller.principalArn(), type, principalName,
                RequestInput.field(policyArn, "policyArn"));
    }
}
