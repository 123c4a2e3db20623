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
import io.gatehouse.org.OrgUnitService;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.OrganizationalUnit;
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
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Organizational units and the tree ({@code /api/v1/organizations/current/organizational-units},
 * {@code …/parents/{parentId}/children}, {@code …/children/{childId}/parents}). Management account only.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html">CreateOrganizationalUnit</a>
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
public class OrgUnitResource {

    private final OrgUnitService units;
    private final OrganizationService organizations;
    private final CallerContext callers;

    public OrgUnitResource(OrgUnitService units, OrganizationService organizations, CallerContext callers) {
        this.units = Objects.requireNonNull(units, "units");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "organizations:CreateOrganizationalUnit")
    @POST
    @Path("/organizational-units")
    @Operation(summary = "Create an OU under the root or another OU", description = "At most five levels deep")
    @APIResponse(responseCode = "201", description = "The new OU")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<OrganizationalUnitView> create(OrgRequests.OrganizationalUnit body) {
        OrgRequests.OrganizationalUnit request = RequestInput.body(body);
        Caller caller = callers.require();
        OrganizationalUnit ou = units.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.parentId(), "parentId"), RequestInput.field(request.name(), "name"));
        return RestResponse.ResponseBuilder.<OrganizationalUnitView>created(
                        UriBuilder.fromPath(OrganizationResource.CURRENT + "/organizational-units/{id}").build(ou.id()))
                .entity(view(caller, ou)).build();
    }

    @Authorize(action = "organizations:ListOrganizationalUnitsForParent")
    @GET
    @Path("/organizational-units")
    @Operation(summary = "List the OUs directly under a root or OU")
    @APIResponse(responseCode = "200", description = "One page of OUs and the cursor of the next")
    public Page<OrganizationalUnitView> list(@QueryParam("parentId") String parentId, @QueryParam("limit") String limit,
                                             @QueryParam("cursor") String cursor) {
        Caller caller = callers.require();
        PageRequest page = PageRequest.parse(limit, cursor);
        Organization org = organizations.describe(caller.accountId());
        return page.pageInMemory(units.listForParent(caller.accountId(), RequestInput.field(parentId, "parentId")),
                OrganizationalUnit::id, ou -> OrganizationalUnitView.of(org, ou));
    }

    @Authorize(action = "organizations:DescribeOrganizationalUnit")
    @GET
    @Path("/organizational-units/{ouId}")
    @Operation(summary = "Describe an OU")
    @APIResponse(responseCode = "200", description = "The OU")
    public OrganizationalUnitView get(@PathParam("ouId") String ouId) {
        Caller caller = callers.require();
        return view(caller, units.describe(caller.accountId(), ouId));
    }

    @Authorize(action = "organizations:UpdateOrganizationalUnit")
    @PUT
    @Path("/organizational-units/{ouId}")
    @Operation(summary = "Rename an OU")
    @APIResponse(responseCode = "200", description = "The OU")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public OrganizationalUnitView rename(@PathParam("ouId") String ouId, OrgRequests.OrganizationalUnit body) {
        OrgRequests.OrganizationalUnit request = RequestInput.body(body);
        Caller caller = callers.require();
        return view(caller, units.update(caller.accountId(), caller.principalArn(), ouId,
                RequestInput.field(request.name(), "name")));
    }

    @Authorize(action = "organizations:DeleteOrganizationalUnit")
    @DELETE
    @Path("/organizational-units/{ouId}")
    @Operation(summary = "Delete an empty OU")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("ouId") String ouId) {
        Caller caller = callers.require();
        units.delete(caller.accountId(), caller.principalArn(), ouId);
    }

    @Authorize(action = "organizations:ListChildren")
    @GET
    @Path("/parents/{parentId}/children")
    @Operation(summary = "List the OUs or accounts directly under a root or OU",
            description = "childType ACCOUNT or ORGANIZATIONAL_UNIT")
    @APIResponse(responseCode = "200", description = "One page of children and the cursor of the next")
    public Page<NodeView> children(@PathParam("parentId") String parentId, @QueryParam("childType") String childType,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.pageInMemory(units.children(callers.require().accountId(), parentId,
                RequestInput.field(childType, "childType")), OrgNode::id, NodeView::of);
    }

    @Authorize(action = "organizations:ListParents")
    @GET
    @Path("/children/{childId}/parents")
    @Operation(summary = "The root or OU directly above an OU or account")
    @APIResponse(responseCode = "200", description = "The parent, as a one-item page")
    public Page<NodeView> parents(@PathParam("childId") String childId) {
        return PageRequest.parse(null, null).pageInMemory(units.parents(callers.require().accountId(), childId),
                OrgNode::id, NodeView::of);
    }

    private OrganizationalUnitView view(Caller caller, OrganizationalUnit ou) {
        return OrganizationalUnitView.of(organizations.describe(caller.accountId()), ou);
    }
}
