package io.gatehouse.org.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code POST /api/v1/organizations}: creates the organization the calling account manages, then
 * found at {@code /api/v1/organizations/current} ({@link OrganizationResource}).
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html">CreateOrganization</a>
 */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Organizations", description = "Accounts grouped in OUs, limited by service control policies")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class CreateOrganizationResource {

    private final OrganizationService organizations;
    private final CallerContext callers;

    public CreateOrganizationResource(OrganizationService organizations, CallerContext callers) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "organizations:CreateOrganization")
    @POST
    @Operation(summary = "Create an organization managed by the calling account",
            description = "The body may be empty; featureSet is ALL")
    @APIResponse(responseCode = "201", description = "The new organization")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<OrganizationView> create(OrgRequests.CreateOrganization body) {
        Caller caller = callers.require();
        Organization org = organizations.create(caller.accountId(), caller.principalArn(),
                body == null ? null : body.featureSet());
        return RestResponse.ResponseBuilder.<OrganizationView>created(URI.create(OrganizationResource.CURRENT))
                .entity(OrganizationView.of(org, organizations.rootOf(org))).build();
    }

}
