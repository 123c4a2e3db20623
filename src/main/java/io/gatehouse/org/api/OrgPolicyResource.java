package io.gatehouse.org.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.org.OrgNode;
import io.gatehouse.org.OrgPolicy;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.ScpService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Service control policies and their attachments
 * ({@code /api/v1/organizations/current/policies}, {@code …/policies/{id}/targets/{targetId}},
 * {@code …/targets/{targetId}/policies}). Management account only.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html">AttachPolicy</a>
 */
@Path(OrganizationResource.CURRENT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Organizations")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class OrgPolicyResource {

    private final ScpService policies;
    private final OrganizationService organizations;
    private final CallerContext callers;

    public OrgPolicyResource(ScpService policies, OrganizationService organizations, CallerContext callers) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "organizations:CreatePolicy")
    @POST
    @Path("/policies")
    @Operation(summary = "Create a service control policy", description = "type defaults to SERVICE_CONTROL_POLICY")
    @APIResponse(responseCode = "201", description = "The new policy")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<PolicyView> create(OrgRequests.Policy body) {
        OrgRequests.Policy request = RequestInput.body(body);
        Caller caller = callers.require();
        OrgPolicy policy = policies.create(caller.accountId(), caller.principalArn(),
                request.type() == null ? OrgPolicy.SERVICE_CONTROL_POLICY : request.type(),
                RequestInput.field(request.name(), "name"), RequestInput.field(request.description(), "description"),
                RequestInput.field(request.content(), "content"));
        return RestResponse.ResponseBuilder.<PolicyView>created(
                        UriBuilder.fromPath(OrganizationResource.CURRENT + "/policies/{id}").build(policy.id()))
                .entity(view(caller, policy)).build();
    }

    @Authorize(action = "organizations:ListPolicies")
    @GET
    @Path("/policies")
    @Operation(summary = "List the organization's SCPs and the AWS managed ones")
    @APIResponse(responseCode = "200", description = "One page of policies and the cursor of the next")
    public Page<PolicyView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller caller = callers.require();
        return page(caller, PageRequest.parse(limit, cursor),
                policies.list(caller.accountId(), OrgPolicy.SERVICE_CONTROL_POLICY));
    }

    @Authorize(action = "organizations:DescribePolicy")
    @GET
    @Path("/policies/{policyId}")
    @Operation(summary = "Describe a policy with its document")
    @APIResponse(responseCode = "200", description = "The policy")
    public PolicyView get(@PathParam("policyId") String policyId) {
        Caller caller = callers.require();
        return view(caller, policies.describe(caller.accountId(), policyId));
    }

    @Authorize(action = "organizations:UpdatePolicy")
    @PUT
    @Path("/policies/{policyId}")
    @Operation(summary = "Update a policy's name, description or document", description = "Fields left out are kept")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public PolicyView update(@PathParam("policyId") String policyId, OrgRequests.Policy body) {
        OrgRequests.Policy request = RequestInput.body(body);
        Caller caller = callers.require();
        return view(caller, policies.update(caller.accountId(), caller.principalArn(), policyId, request.name(),
                request.description(), request.content()));
    }

    @Authorize(action = "organizations:DeletePolicy")
    @DELETE
    @Path("/policies/{policyId}")
    @Operation(summary = "Delete a policy attached nowhere")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("policyId") String policyId) {
        Caller caller = callers.require();
        policies.delete(caller.accountId(), caller.principalArn(), policyId);
    }

    @Authorize(action = "organizations:ListTargetsForPolicy")
    @GET
    @Path("/policies/{policyId}/targets")
    @Operation(summary = "List the roots, OUs and accounts a policy is attached to")
    @APIResponse(responseCode = "200", description = "One page of targets and the cursor of the next")
    public Page<NodeView> targets(@PathParam("policyId") String policyId, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        return PageRequest.parse(limit, cursor).pageInMemory(policies.targets(callers.require().accountId(), policyId),
                OrgNode::id, NodeView::of);
    }

    @Authorize(action = "organizations:AttachPolicy")
    @PUT
    @Path("/policies/{policyId}/targets/{targetId}")
    @Operation(summary = "Attach a policy to a root, OU or account")
    @APIResponse(responseCode = "204", description = "Attached")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void attach(@PathParam("policyId") String policyId, @PathParam("targetId") String targetId) {
        Caller caller = callers.require();
        policies.attach(caller.accountId(), caller.principalArn(), policyId, targetId);
    }

    @Authorize(action = "organizations:DetachPolicy")
    @DELETE
    @Path("/policies/{policyId}/targets/{targetId}")
    @Operation(summary = "Detach a policy", description = "A target keeps at least one SCP")
    @APIResponse(responseCode = "204", description = "Detached")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void detach(@PathParam("policyId") String policyId, @PathParam("targetId") String targetId) {
        Caller caller = callers.require();
        policies.detach(caller.accountId(), caller.principalArn(), policyId, targetId);
    }

    @Authorize(action = "organizations:ListPoliciesForTarget")
    @GET
    @Path("/targets/{targetId}/policies")
    @Operation(summary = "List the SCPs attached directly to a root, OU or account")
    @APIResponse(responseCode = "200", description = "One page of policies and the cursor of the next")
    public Page<PolicyView> forTarget(@PathParam("targetId") String targetId, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        Caller caller = callers.require();
        return page(caller, PageRequest.parse(limit, cursor),
                policies.forTarget(caller.accountId(), targetId, OrgPolicy.SERVICE_CONTROL_POLICY));
    }

    private Page<PolicyView> page(Caller caller, PageRequest page, List<OrgPolicy> all) {
        Organization org = organizations.describe(caller.accountId());
        return page.pageInMemory(all, OrgPolicy::id, p -> PolicyView.of(org, p));
    }

    private PolicyView view(Caller caller, OrgPolicy policy) {
        return PolicyView.of(organizations.describe(caller.accountId()), policy);
    }
}
