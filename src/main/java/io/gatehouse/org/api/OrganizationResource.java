package io.gatehouse.org.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.Root;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organization ({@code /api/v1/organizations/current}): describe, delete, and the
 * policy types of its root. An account belongs to at most one organization, so the caller's is
 * always {@code current}; {@link CreateOrganizationResource} creates it.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html">CreateOrganization</a>
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
public class OrganizationResource {

    static final String CURRENT = "/api/v1/organizations/current";

    private final OrganizationService organizations;
    private final CallerContext callers;

    public OrganizationResource(OrganizationService organizations, CallerContext callers) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "organizations:DescribeOrganization")
    @GET
    @Operation(summary = "Describe the caller's organization", description = "Member accounts may call it too")
    @APIResponse(responseCode = "200", description = "The organization")
    public OrganizationView get() {
        Organization org = organizations.describe(callers.require().accountId());
        return OrganizationView.of(org, organizations.rootOf(org));
    }

    @Authorize(action = "organizations:DeleteOrganization")
    @DELETE
    @Operation(summary = "Delete the organization", description = "Only once the management account is its only member")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete() {
        Caller caller = callers.require();
        organizations.delete(caller.accountId(), caller.principalArn());
    }

    @Authorize(action = "organizations:ListRoots")
    @GET
    @Path("/roots")
    @Operation(summary = "List the organization's roots", description = "There is exactly one")
    @APIResponse(responseCode = "200", description = "The roots")
    public Page<RootView> roots(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        String accountId = callers.require().accountId();
        Organization org = organizations.describe(accountId);
        return PageRequest.parse(limit, cursor).pageInMemory(organizations.roots(accountId), Root::id,
                root -> RootView.of(org, root));
    }

    @Authorize(action = "organizations:EnablePolicyType")
    @PUT
    @Path("/roots/{rootId}/policy-types/{policyType}")
    @Operation(summary = "Enable a policy type on the root",
            description = "SERVICE_CONTROL_POLICY attaches FullAWSAccess to the root and every OU and account")
    @APIResponse(responseCode = "200", description = "The root")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RootView enable(@PathParam("rootId") String rootId, @PathParam("policyType") String policyType) {
        Caller caller = callers.require();
        Root root = organizations.enablePolicyType(caller.accountId(), caller.principalArn(), rootId, policyType);
        return RootView.of(organizations.describe(caller.accountId()), root);
    }

    @Authorize(action = "organizations:DisablePolicyType")
    @DELETE
    @Path("/roots/{rootId}/policy-types/{policyType}")
    @Operation(summary = "Disable a policy type on the root", description = "Detaches every policy of the type")
    @APIResponse(responseCode = "200", description = "The root")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RootView disable(@PathParam("rootId") String rootId, @PathParam("policyType") String policyType) {
        Caller caller = callers.require();
        Root root = organizations.disablePolicyType(caller.accountId(), caller.principalArn(), rootId, policyType);
        return RootView.of(organizations.describe(caller.accountId()), root);
    }
}
