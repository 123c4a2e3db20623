package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.PolicyVersion;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Versions of a managed policy ({@code /api/v1/iam/policies/{policy}/versions}): the native form of
 * CreatePolicyVersion (at most five versions), GetPolicyVersion, ListPolicyVersions and
 * DeletePolicyVersion (never the default).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html">CreatePolicyVersion</a>
 */
@Path("/api/v1/iam/policies/{policy}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM policies", description = "Managed and inline policies, attachments and permissions boundaries")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class PolicyVersionResource {

    private final ManagedPolicyService policies;
    private final CallerContext callers;

    public PolicyVersionResource(ManagedPolicyService policies, CallerContext callers) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:ListPolicyVersions", resource = "arn:aws:iam::{account}:policy/*")
    @GET
    @Operation(summary = "List the policy's versions", description = "Newest first; at most five")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<PolicyVersionView> list(@PathParam("policy") String policy) {
        String accountId = callers.require().accountId();
        return policies.versions(accountId, arn(accountId, policy)).stream().map(PolicyVersionView::of).toList();
    }

    @Authorize(action = "iam:CreatePolicyVersion", resource = "arn:aws:iam::{account}:policy/*")
    @POST
    @Operation(summary = "Add a version", description = "LimitExceeded when the policy already has five")
    @APIResponse(responseCode = "201", description = "The new version")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<PolicyVersionView> create(@PathParam("policy") String policy, PolicyVersionRequest body) {
        PolicyVersionRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        PolicyVersion version = policies.createVersion(caller.accountId(), caller.principalArn(),
                arn(caller.accountId(), policy), PolicyDocumentInput.text(request.document(), "document"),
                Boolean.TRUE.equals(request.setAsDefault()));
        return RestResponse.ResponseBuilder.<PolicyVersionView>created(
                        UriBuilder.fromPath("/api/v1/iam/policies/{policy}/versions/{v}").build(policy, version.versionId()))
                .entity(PolicyVersionView.of(version)).build();
    }

    @Authorize(action = "iam:GetPolicyVersion", resource = "arn:aws:iam::{account}:policy/*")
    @GET
    @Path("/{versionId}")
    @Operation(summary = "Read a version and its document")
    @APIResponse(responseCode = "200", description = "The version")
    public PolicyVersionView get(@PathParam("policy") String policy, @PathParam("versionId") String versionId) {
        String accountId = callers.require().accountId();
        return PolicyVersionView.of(policies.version(accountId, arn(accountId, policy), versionId));
    }

    @Authorize(action = "iam:DeletePolicyVersion", resource = "arn:aws:iam::{account}:policy/*")
    @DELETE
    @Path("/{versionId}")
    @Operation(summary = "Delete a version", description = "DeleteConflict for the default version")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("policy") String policy, @PathParam("versionId") String versionId) {
        Caller caller = callers.require();
        policies.deleteVersion(caller.accountId(), caller.principalArn(), arn(caller.accountId(), policy), versionId);
    }

    private String arn(String accountId, String policy) {
        return PolicyPathParam.resolve(policies, accountId, policy).arn();
    }
}
