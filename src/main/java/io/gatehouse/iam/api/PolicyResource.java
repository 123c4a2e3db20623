package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.ManagedPolicyListing;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.PolicyAttachmentService;
import io.gatehouse.iam.PolicyScope;
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
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Managed policies ({@code /api/v1/iam/policies}): the account's own and the Gatehouse-managed ones.
 * {@code {policy}} is the policy id or its URL-encoded ARN. The native form of CreatePolicy, GetPolicy,
 * ListPolicies, DeletePolicy, SetDefaultPolicyVersion, ListEntitiesForPolicy and the policy tag
 * operations.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy</a>
 */
@Path("/api/v1/iam/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM policies", description = "Managed and inline policies, attachments and permissions boundaries")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class PolicyResource {

    private final ManagedPolicyService policies;
    private final ManagedPolicyListing listing;
    private final PolicyAttachmentService attachments;
    private final CallerContext callers;

    public PolicyResource(ManagedPolicyService policies, ManagedPolicyListing listing,
                          PolicyAttachmentService attachments, CallerContext callers) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreatePolicy", resource = "arn:aws:iam::{account}:policy/*")
    @POST
    @Operation(summary = "Create a customer managed policy", description = "Its first version, v1, is the default")
    @APIResponse(responseCode = "201", description = "The new policy")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<PolicyView> create(PolicyRequest body) {
        PolicyRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        ManagedPolicy policy = policies.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.name(), "name"), request.path(),
                PolicyDocumentInput.text(request.document(), "document"), request.description(), request.tags());
        return RestResponse.ResponseBuilder.<PolicyView>created(
                UriBuilder.fromPath("/api/v1/iam/policies/{id}").build(policy.id())).entity(PolicyView.of(policy)).build();
    }

    @Authorize(action = "iam:ListPolicies")
    @GET
    @Operation(summary = "List managed policies",
            description = "scope All (default), AWS or Local; Gatehouse-managed first, then by name; limit 1 to 60")
    @APIResponse(responseCode = "200", description = "One page of policies and the cursor of the next")
    public Page<PolicyView> list(@QueryParam("scope") String scope, @QueryParam("onlyAttached") boolean onlyAttached,
                                 @QueryParam("pathPrefix") String pathPrefix, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        Page<ManagedPolicy> page = listing.list(callers.require().accountId(), PolicyScope.parse(scope), onlyAttached,
                pathPrefix, cursor, PageRequest.parse(limit, null).limit());
        return new Page<>(page.items().stream().map(PolicyView::of).toList(), page.nextCursor());
    }

    @Authorize(action = "iam:GetPolicy", resource = "arn:aws:iam::{account}:policy/*")
    @GET
    @Path("/{policy}")
    @Operation(summary = "Describe a managed policy")
    @APIResponse(responseCode = "200", description = "The policy")
    public PolicyView get(@PathParam("policy") String policy) {
        return PolicyView.of(resolve(policy));
    }

    @Authorize(action = "iam:DeletePolicy", resource = "arn:aws:iam::{account}:policy/*")
    @DELETE
    @Path("/{policy}")
    @Operation(summary = "Delete a customer managed policy",
            description = "Fails with DeleteConflict while attached, used as a boundary, or with versions besides the default")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("policy") String policy) {
        Caller caller = callers.require();
        policies.delete(caller.accountId(), caller.principalArn(), resolve(policy).arn());
    }

    @Authorize(action = "iam:SetDefaultPolicyVersion", resource = "arn:aws:iam::{account}:policy/*")
    @PUT
    @Path("/{policy}/default-version")
    @Operation(summary = "Make a version the default")
    @APIResponse(responseCode = "200", description = "The policy")
    public PolicyView setDefaultVersion(@PathParam("policy") String policy, VersionIdRequest body) {
        VersionIdRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        String arn = resolve(policy).arn();
        return PolicyView.of(policies.setDefaultVersion(caller.accountId(), caller.principalArn(), arn,
                RequestInput.field(request.versionId(), "versionId")));
    }

    @Authorize(action = "iam:ListEntitiesForPolicy", resource = "arn:aws:iam::{account}:policy/*")
    @GET
    @Path("/{policy}/entities")
    @Operation(summary = "List the users, groups and roles the policy is attached to")
    @APIResponse(responseCode = "200", description = "The attached entities, by type")
    public PolicyEntitiesView entities(@PathParam("policy") String policy) {
        return PolicyEntitiesView.of(attachments.entitiesFor(callers.require().accountId(), resolve(policy).arn(), null));
    }

    @Authorize(action = "iam:ListPolicyTags", resource = "arn:aws:iam::{account}:policy/*")
    @GET
    @Path("/{policy}/tags")
    @Operation(summary = "List a policy's tags")
    @APIResponse(responseCode = "200", description = "The tags, by key")
    public Map<String, String> tags(@PathParam("policy") String policy) {
        return new TreeMap<>(resolve(policy).tags());
    }

    @Authorize(action = "iam:TagPolicy", resource = "arn:aws:iam::{account}:policy/*")
    @POST
    @Path("/{policy}/tags")
    @Operation(summary = "Add or overwrite tags of a customer managed policy", description = "At most 50 tags")
    @APIResponse(responseCode = "200", description = "The tags after the change")
    public Map<String, String> tag(@PathParam("policy") String policy, TagsRequest body) {
        TagsRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return new TreeMap<>(policies.tag(caller.accountId(), caller.principalArn(), resolve(policy).arn(),
                RequestInput.field(request.tags(), "tags")).tags());
    }

    @Authorize(action = "iam:UntagPolicy", resource = "arn:aws:iam::{account}:policy/*")
    @DELETE
    @Path("/{policy}/tags")
    @Operation(summary = "Remove tags from a customer managed policy", description = "Keys as repeated 'key' query parameters")
    @APIResponse(responseCode = "200", description = "The tags after the change")
    public Map<String, String> untag(@PathParam("policy") String policy, @QueryParam("key") List<String> keys) {
        Caller caller = callers.require();
        return new TreeMap<>(policies.untag(caller.accountId(), caller.principalArn(), resolve(policy).arn(), keys).tags());
    }

    private ManagedPolicy resolve(String policy) {
        return PolicyPathParam.resolve(policies, callers.require().accountId(), policy);
    }
}
