package io.gatehouse.org.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.org.CreateAccountStatus;
import io.gatehouse.org.MemberAccount;
import io.gatehouse.org.MemberAccountService;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * Member accounts of the caller's organization ({@code /api/v1/organizations/current/accounts})
 * and the CreateAccount requests that made them. Management account only.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html">CreateAccount</a>
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
public class OrgAccountResource {

    private final MemberAccountService accounts;
    private final OrganizationService organizations;
    private final CallerContext callers;

    public OrgAccountResource(MemberAccountService accounts, OrganizationService organizations, CallerContext callers) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "organizations:CreateAccount")
    @POST
    @Path("/accounts")
    @Operation(summary = "Create a member account",
            description = "Creates a Gatehouse account (new 12-digit id, root user with this e-mail and no usable "
                    + "password) under the root; the returned request is already SUCCEEDED")
    @APIResponse(responseCode = "201", description = "The completed CreateAccount request")
    public RestResponse<CreateAccountStatusView> create(OrgRequests.CreateAccount body) {
        OrgRequests.CreateAccount request = RequestInput.body(body);
        Caller caller = callers.require();
        CreateAccountStatus status = accounts.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.email(), "email"), RequestInput.field(request.accountName(), "accountName"),
                request.roleName());
        return RestResponse.ResponseBuilder.<CreateAccountStatusView>created(
                        UriBuilder.fromPath(OrganizationResource.CURRENT + "/create-account-statuses/{id}").build(status.id()))
                .entity(CreateAccountStatusView.of(status)).build();
    }

    @Authorize(action = "organizations:ListAccounts")
    @GET
    @Path("/accounts")
    @Operation(summary = "List member accounts", description = "All of them, or those directly under parentId")
    @APIResponse(responseCode = "200", description = "One page of accounts and the cursor of the next")
    public Page<AccountView> list(@QueryParam("parentId") String parentId, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        String accountId = callers.require().accountId();
        PageRequest page = PageRequest.parse(limit, cursor);
        List<MemberAccount> all = parentId == null ? accounts.list(accountId) : accounts.listForParent(accountId, parentId);
        Organization org = organizations.describe(accountId);
        return page.pageInMemory(all, MemberAccount::accountId, m -> AccountView.of(org, m));
    }

    @Authorize(action = "organizations:DescribeAccount")
    @GET
    @Path("/accounts/{accountId}")
    @Operation(summary = "Describe a member account")
    @APIResponse(responseCode = "200", description = "The account")
    public AccountView get(@PathParam("accountId") String accountId) {
        String caller = callers.require().accountId();
        return AccountView.of(organizations.describe(caller), accounts.describe(caller, accountId));
    }

    @Authorize(action = "organizations:MoveAccount")
    @POST
    @Path("/accounts/{accountId}/move")
    @Operation(summary = "Move an account to another root or OU")
    @APIResponse(responseCode = "200", description = "The account where it now is")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public AccountView move(@PathParam("accountId") String accountId, OrgRequests.MoveAccount body) {
        OrgRequests.MoveAccount request = RequestInput.body(body);
        Caller caller = callers.require();
        accounts.move(caller.accountId(), caller.principalArn(), accountId,
                RequestInput.field(request.sourceParentId(), "sourceParentId"),
                RequestInput.field(request.destinationParentId(), "destinationParentId"));
        return get(accountId);
    }

    @Authorize(action = "organizations:RemoveAccountFromOrganization")
    @DELETE
    @Path("/accounts/{accountId}")
    @Operation(summary = "Remove an account from the organization", description = "The account itself stays")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void remove(@PathParam("accountId") String accountId) {
        Caller caller = callers.require();
        accounts.remove(caller.accountId(), caller.principalArn(), accountId);
    }

    @Authorize(action = "organizations:ListCreateAccountStatus")
    @GET
    @Path("/create-account-statuses")
    @Operation(summary = "List CreateAccount requests", description = "Optionally only those in state")
    @APIResponse(responseCode = "200", description = "One page of requests and the cursor of the next")
    public Page<CreateAccountStatusView> statuses(@QueryParam("state") String state, @QueryParam("limit") String limit,
                                                  @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.pageInMemory(accounts.statuses(callers.require().accountId(), state == null ? null : List.of(state)),
                CreateAccountStatus::id, CreateAccountStatusView::of);
    }

    @Authorize(action = "organizations:DescribeCreateAccountStatus")
    @GET
    @Path("/create-account-statuses/{requestId}")
    @Operation(summary = "Describe a CreateAccount request")
    @APIResponse(responseCode = "200", description = "The request and its outcome")
    public CreateAccountStatusView status(@PathParam("requestId") String requestId) {
        return CreateAccountStatusView.of(accounts.status(callers.require().accountId(), requestId));
    }
}
