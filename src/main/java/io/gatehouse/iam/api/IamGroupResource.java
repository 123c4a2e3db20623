package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamGroupService;
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
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * IAM groups and their members ({@code /api/v1/iam/groups}): CreateGroup, GetGroup, ListGroups,
 * UpdateGroup, DeleteGroup, AddUserToGroup and RemoveUserFromGroup.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html">CreateGroup</a>
 */
@Path("/api/v1/iam/groups")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM groups", description = "IAM groups and their members")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class IamGroupResource {

    private final IamGroupService groups;
    private final CallerContext callers;

    public IamGroupResource(IamGroupService groups, CallerContext callers) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateGroup", resource = "arn:aws:iam::{account}:group/*")
    @POST
    @Operation(summary = "Create a group")
    @APIResponse(responseCode = "201", description = "The new group")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IamViews.Group> create(IamRequests.CreateGroup body) {
        IamRequests.CreateGroup request = RequestInput.body(body);
        Caller caller = callers.require();
        IamGroup group = groups.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.name(), "name"), request.path());
        return RestResponse.ResponseBuilder.<IamViews.Group>created(
                UriBuilder.fromPath("/api/v1/iam/groups/{name}").build(group.name())).entity(IamViews.Group.of(group)).build();
    }

    @Authorize(action = "iam:ListGroups")
    @GET
    @Operation(summary = "List groups", description = "Ordered by name; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of groups and the cursor of the next")
    public Page<IamViews.Group> list(@QueryParam("pathPrefix") String pathPrefix, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(groups.list(callers.require().accountId(), pathPrefix, page.afterKey(), page.fetchSize()),
                g -> g.name().toLowerCase(Locale.ROOT), IamViews.Group::of);
    }

    @Authorize(action = "iam:GetGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @GET
    @Path("/{name}")
    @Operation(summary = "Describe a group")
    @APIResponse(responseCode = "200", description = "The group")
    public IamViews.Group get(@PathParam("name") String name) {
        return IamViews.Group.of(groups.get(callers.require().accountId(), name));
    }

    @Authorize(action = "iam:UpdateGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @PATCH
    @Path("/{name}")
    @Operation(summary = "Rename a group or move it to another path")
    @APIResponse(responseCode = "200", description = "The updated group")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.Group update(@PathParam("name") String name, IamRequests.Rename body) {
        IamRequests.Rename request = RequestInput.body(body);
        Caller caller = callers.require();
        return IamViews.Group.of(groups.update(caller.accountId(), caller.principalArn(), name, request.name(),
                request.path()));
    }

    @Authorize(action = "iam:DeleteGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @DELETE
    @Path("/{name}")
    @Operation(summary = "Delete a group", description = "DeleteConflict (409) while it has members or policies")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("name") String name) {
        Caller caller = callers.require();
        groups.delete(caller.accountId(), caller.principalArn(), name);
    }

    @Authorize(action = "iam:GetGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @GET
    @Path("/{name}/members")
    @Operation(summary = "List a group's users", description = "Ordered by name; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of users and the cursor of the next")
    public Page<IamViews.User> members(@PathParam("name") String name, @QueryParam("limit") String limit,
                                       @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.pageInMemory(groups.members(callers.require().accountId(), name),
                u -> u.name().toLowerCase(Locale.ROOT), IamViews.User::of);
    }

    @Authorize(action = "iam:AddUserToGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @PUT
    @Path("/{name}/members/{userName}")
    @Operation(summary = "Add a user to a group", description = "Idempotent; a user is in at most 10 groups")
    @APIResponse(responseCode = "204", description = "The user is a member")
    public void addMember(@PathParam("name") String name, @PathParam("userName") String userName) {
        Caller caller = callers.require();
        groups.addUser(caller.accountId(), caller.principalArn(), name, userName);
    }

    @Authorize(action = "iam:RemoveUserFromGroup", resource = "arn:aws:iam::{account}:group/{name}")
    @DELETE
    @Path("/{name}/members/{userName}")
    @Operation(summary = "Remove a user from a group")
    @APIResponse(responseCode = "204", description = "The user is no longer a member")
    public void removeMember(@PathParam("name") String name, @PathParam("userName") String userName) {
        Caller caller = callers.require();
        groups.removeUser(caller.accountId(), caller.principalArn(), name, userName);
    }
}
