package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.userpool.GroupService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A user's group memberships ({@code /api/v1/user-pools/{poolId}/users/{username}/groups}): the
 * native counterpart of AdminListGroupsForUser, AdminAddUserToGroup and AdminRemoveUserFromGroup.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html">AdminAddUserToGroup</a>
 */
@Path("/api/v1/user-pools/{poolId}/users/{username}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserGroupResource {

    private final GroupService groups;
    private final CallerContext callers;

    public UserGroupResource(GroupService groups, CallerContext callers) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:AdminListGroupsForUser", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List a user's groups", description = "All of them, in cognito:groups order "
            + "(precedence, then name); nextCursor is always absent")
    @APIResponse(responseCode = "200", description = "The user's groups")
    public Page<GroupView> list(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        return new Page<>(groups.groupsOf(callers.require().accountId(), poolId, username).stream()
                .map(GroupView::of).toList(), null);
    }

    @Authorize(action = "cognito-idp:AdminAddUserToGroup", resource = Authorize.USER_POOL)
    @PUT
    @Path("/{groupName}")
    @Operation(summary = "Add a user to a group", description = "Idempotent")
    @APIResponse(responseCode = "204", description = "The user is a member")
    public void add(@PathParam("poolId") String poolId, @PathParam("username") String username,
                    @PathParam("groupName") String groupName) {
        Caller caller = callers.require();
        groups.addMember(caller.accountId(), caller.principalArn(), poolId, groupName, username);
    }

    @Authorize(action = "cognito-idp:AdminRemoveUserFromGroup", resource = Authorize.USER_POOL)
    @DELETE
    @Path("/{groupName}")
    @Operation(summary = "Remove a user from a group")
    @APIResponse(responseCode = "204", description = "The user is no longer a member")
    public void remove(@PathParam("poolId") String poolId, @PathParam("username") String username,
                       @PathParam("groupName") String groupName) {
        Caller caller = callers.require();
        groups.removeMember(caller.accountId(), caller.principalArn(), poolId, groupName, username);
    }
}
