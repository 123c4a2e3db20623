package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupService;
import io.gatehouse.userpool.UserPoolError;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Groups of a pool and their members ({@code /api/v1/user-pools/{poolId}/groups}). Membership
 * itself is changed through the user ({@link UserGroupResource}).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html">CreateGroup</a>
 */
@Path("/api/v1/user-pools/{poolId}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Groups", description = "Groups of users; tokens list them in cognito:groups")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class GroupResource {

    private final GroupService groups;
    private final CallerContext callers;

    public GroupResource(GroupService groups, CallerContext callers) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:CreateGroup", resource = Authorize.USER_POOL)
    @POST
    @Operation(summary = "Create a group")
    @APIResponse(responseCode = "201", description = "The new group")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<GroupView> create(@PathParam("poolId") String poolId, GroupRequest body) {
        GroupRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        Group group = groups.create(caller.accountId(), caller.principalArn(), poolId,
                RequestInput.field(request.name(), "name"), request.description(), request.precedence(),
                request.roleArn());
        return RestResponse.ResponseBuilder.<GroupView>created(
                UriBuilder.fromPath("/api/v1/user-pools/{poolId}/groups/{name}").build(poolId, group.name()))
                .entity(GroupView.of(group)).build();
    }

    @Authorize(action = "cognito-idp:ListGroups", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's groups", description = "Ordered by name; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of groups and the cursor of the next")
    public Page<GroupView> list(@PathParam("poolId") String poolId, @QueryParam("limit") String limit,
                                @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(groups.list(callers.require().accountId(), poolId, page.afterKey(), page.fetchSize()),
                Group::name, GroupView::of);
    }

    @Authorize(action = "cognito-idp:GetGroup", resource = Authorize.USER_POOL)
    @GET
    @Path("/{groupName}")
    @Operation(summary = "Describe a group")
    @APIResponse(responseCode = "200", description = "The group")
    public GroupView get(@PathParam("poolId") String poolId, @PathParam("groupName") String groupName) {
        return GroupView.of(groups.get(callers.require().accountId(), poolId, groupName));
    }

    @Authorize(action = "cognito-idp:UpdateGroup", resource = Authorize.USER_POOL)
    @PUT
    @Path("/{groupName}")
    @Operation(summary = "Replace a group's description, precedence and role")
    @APIResponse(responseCode = "200", description = "The updated group")
    public GroupView replace(@PathParam("poolId") String poolId, @PathParam("groupName") String groupName,
                             GroupRequest body) {
        GroupRequest request = RequestInput.body(body);
        if (request.name() != null && !request.name().equals(groupName)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "name in the body must match the path; a group cannot be renamed");
        }
        Caller caller = callers.require();
        return GroupView.of(groups.update(caller.accountId(), caller.principalArn(), poolId, groupName,
                request.description(), request.precedence(), request.roleArn()));
    }

    @Authorize(action = "cognito-idp:DeleteGroup", resource = Authorize.USER_POOL)
    @DELETE
    @Path("/{groupName}")
    @Operation(summary = "Delete a group", description = "Its members stay in the pool")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("poolId") String poolId, @PathParam("groupName") String groupName) {
        Caller caller = callers.require();
        groups.delete(caller.accountId(), caller.principalArn(), poolId, groupName);
    }

    @Authorize(action = "cognito-idp:ListUsersInGroup", resource = Authorize.USER_POOL)
    @GET
    @Path("/{groupName}/members")
    @Operation(summary = "List the users in a group", description = "Limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of users and the cursor of the next")
    public Page<UserView> members(@PathParam("poolId") String poolId, @PathParam("groupName") String groupName,
                                  @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(groups.members(callers.require().accountId(), poolId, groupName, afterSub(page),
                page.fetchSize()), user -> user.sub().toString(), UserView::of);
    }

    private static UUID afterSub(PageRequest page) {
        if (page.afterKey() == null) {
            return null;
        }
        try {
            return UUID.fromString(page.afterKey());
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid pagination cursor");
        }
    }
}
