package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.RoleService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * IAM roles of the caller's account ({@code /api/v1/iam/roles}): the native form of CreateRole,
 * GetRole, ListRoles, UpdateRole, UpdateAssumeRolePolicy, DeleteRole and the role tag operations.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 */
@Path("/api/v1/iam/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM roles", description = "Roles, their trust policies and tags")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class RoleResource {

    private final RoleService roles;
    private final CallerContext callers;

    public RoleResource(RoleService roles, CallerContext callers) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateRole", resource = "arn:aws:iam::{account}:role/*")
    @POST
    @Operation(summary = "Create a role", description = "The trust policy is validated as a resource-based policy")
    @APIResponse(responseCode = "201", description = "The new role")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<RoleView> create(RoleRequest body) {
        RoleRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        IamRole role = roles.create(caller.accountId(), caller.principalArn(), new RoleService.NewRole(
                RequestInput.field(request.name(), "name"), request.path(),
                PolicyDocumentInput.text(request.assumeRolePolicyDocument(), "assumeRolePolicyDocument"),
                request.description(), request.maxSessionDuration(), request.permissionsBoundary(), request.tags()));
        return RestResponse.ResponseBuilder.<RoleView>created(
                UriBuilder.fromPath("/api/v1/iam/roles/{name}").build(role.name())).entity(RoleView.of(role)).build();
    }

    @Authorize(action = "iam:ListRoles")
    @GET
    @Operation(summary = "List roles", description = "Ordered by name; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of roles and the cursor of the next")
    public Page<RoleView> list(@QueryParam("pathPrefix") String pathPrefix, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor) {
        Page<IamRole> page = roles.list(callers.require().accountId(), pathPrefix, cursor,
                PageRequest.parse(limit, null).limit());
        return new Page<>(page.items().stream().map(RoleView::of).toList(), page.nextCursor());
    }

    @Authorize(action = "iam:GetRole", resource = "arn:aws:iam::{account}:role/{roleName}")
    @GET
    @Path("/{roleName}")
    @Operation(summary = "Describe a role")
    @APIResponse(responseCode = "200", description = "The role")
    public RoleView get(@PathParam("roleName") String roleName) {
        return RoleView.of(roles.get(callers.require().accountId(), roleName));
    }

    @Authorize(action = "iam:UpdateRole", resource = "arn:aws:iam::{account}:role/{roleName}")
    @PATCH
    @Path("/{roleName}")
    @Operation(summary = "Change a role's description or maximum session duration")
    @APIResponse(responseCode = "200", description = "The updated role")
    public RoleView update(@PathParam("roleName") String roleName, RoleUpdateRequest body) {
        RoleUpdateRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return RoleView.of(roles.update(caller.accountId(), caller.principalArn(), roleName, request.description(),
                request.maxSessionDuration()));
    }

    @Authorize(action = "iam:UpdateAssumeRolePolicy", resource = "arn:aws:iam::{account}:role/{roleName}")
    @PUT
    @Path("/{roleName}/trust-policy")
    @Operation(summary = "Replace a role's trust policy")
    @APIResponse(responseCode = "200", description = "The updated role")
    public RoleView updateTrustPolicy(@PathParam("roleName") String roleName, DocumentRequest body) {
        DocumentRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return RoleView.of(roles.updateTrustPolicy(caller.accountId(), caller.principalArn(), roleName,
                PolicyDocumentInput.text(request.document(), "document")));
    }

    @Authorize(action = "iam:DeleteRole", resource = "arn:aws:iam::{account}:role/{roleName}")
    @DELETE
    @Path("/{roleName}")
    @Operation(summary = "Delete a role", description = "Fails with DeleteConflict while it has inline or attached policies")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("roleName") String roleName) {
        Caller caller = callers.require();
        roles.delete(caller.accountId(), caller.principalArn(), roleName);
    }

    @Authorize(action = "iam:ListRoleTags", resource = "arn:aws:iam::{account}:role/{roleName}")
    @GET
    @Path("/{roleName}/tags")
    @Operation(summary = "List a role's tags")
    @APIResponse(responseCode = "200", description = "The tags, by key")
    public Map<String, String> tags(@PathParam("roleName") String roleName) {
        return new TreeMap<>(roles.get(callers.require().accountId(), roleName).tags());
    }

    @Authorize(action = "iam:TagRole", resource = "arn:aws:iam::{account}:role/{roleName}")
    @POST
    @Path("/{roleName}/tags")
    @Operation(summary = "Add or overwrite tags of a role", description = "At most 50 tags per role")
    @APIResponse(responseCode = "200", description = "The role's tags after the change")
    public Map<String, String> tag(@PathParam("roleName") String roleName, TagsRequest body) {
        TagsRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        roles.tag(caller.accountId(), caller.principalArn(), roleName, RequestInput.field(request.tags(), "tags"));
        return tags(roleName);
    }

    @Authorize(action = "iam:UntagRole", resource = "arn:aws:iam::{account}:role/{roleName}")
    @DELETE
    @Path("/{roleName}/tags")
    @Operation(summary = "Remove tags from a role", description = "Keys are given as repeated 'key' query parameters")
    @APIResponse(responseCode = "200", description = "The role's tags after the change")
    public Map<String, String> untag(@PathParam("roleName") String roleName, @QueryParam("key") List<String> keys) {
        Caller caller = callers.require();
        roles.untag(caller.accountId(), caller.principalArn(), roleName, keys);
        return tags(roleName);
    }
}
