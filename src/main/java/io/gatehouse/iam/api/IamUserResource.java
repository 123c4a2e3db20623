package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamGroupService;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * IAM users of the caller's account ({@code /api/v1/iam/users}): the native counterpart of
 * CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, TagUser, UntagUser, ListUserTags and
 * ListGroupsForUser. Errors carry IAM's names ({@code NoSuchEntity}, {@code DeleteConflict}...).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html">CreateUser</a>
 */
@Path("/api/v1/iam/users")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM users", description = "IAM users, their tags and groups")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class IamUserResource {

    private final IamUserService users;
    private final IamGroupService groups;
    private final CallerContext callers;

    public IamUserResource(IamUserService users, IamGroupService groups, CallerContext callers) {
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateUser", resource = "arn:aws:iam::{account}:user/*")
    @POST
    @Operation(summary = "Create a user")
    @APIResponse(responseCode = "201", description = "The new user")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IamViews.User> create(IamRequests.CreateUser body) {
        IamRequests.CreateUser request = RequestInput.body(body);
        Caller caller = callers.require();
        IamUser user = users.create(caller.accountId(), caller.principalArn(), RequestInput.field(request.name(), "name"),
                request.path(), request.permissionsBoundary(), request.tags());
        return RestResponse.ResponseBuilder.<IamViews.User>created(
                UriBuilder.fromPath("/api/v1/iam/users/{name}").build(user.name())).entity(IamViews.User.of(user)).build();
    }

    @Authorize(action = "iam:ListUsers")
    @GET
    @Operation(summary = "List users", description = "Ordered by name, optionally only those whose path starts with "
            + "pathPrefix; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of users and the cursor of the next")
    public Page<IamViews.User> list(@QueryParam("pathPrefix") String pathPrefix, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(users.list(callers.require().accountId(), pathPrefix, page.afterKey(), page.fetchSize()),
                u -> u.name().toLowerCase(Locale.ROOT), IamViews.User::of);
    }

    @Authorize(action = "iam:GetUser", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Path("/{name}")
    @Operation(summary = "Describe a user")
    @APIResponse(responseCode = "200", description = "The user")
    public IamViews.User get(@PathParam("name") String name) {
        return IamViews.User.of(users.get(callers.require().accountId(), name));
    }

    @Authorize(action = "iam:UpdateUser", resource = "arn:aws:iam::{account}:user/{name}")
    @PATCH
    @Path("/{name}")
    @Operation(summary = "Rename a user or move it to another path", description = "Its access keys follow the new ARN")
    @APIResponse(responseCode = "200", description = "The updated user")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.User update(@PathParam("name") String name, IamRequests.Rename body) {
        IamRequests.Rename request = RequestInput.body(body);
        Caller caller = callers.require();
        return IamViews.User.of(users.update(caller.accountId(), caller.principalArn(), name, request.name(),
                request.path()));
    }

    @Authorize(action = "iam:DeleteUser", resource = "arn:aws:iam::{account}:user/{name}")
    @DELETE
    @Path("/{name}")
    @Operation(summary = "Delete a user", description = "Fails with DeleteConflict (409) while it has a login profile, "
            + "access keys, MFA devices, group memberships or policies")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("name") String name) {
        Caller caller = callers.require();
        users.delete(caller.accountId(), caller.principalArn(), name);
    }

    @Authorize(action = "iam:ListUserTags", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Path("/{name}/tags")
    @Operation(summary = "List a user's tags")
    @APIResponse(responseCode = "200", description = "The tags, by key")
    public Map<String, String> tags(@PathParam("name") String name) {
        return users.get(callers.require().accountId(), name).tags();
    }

    @Authorize(action = "iam:TagUser", resource = "arn:aws:iam::{account}:user/{name}")
    @PUT
    @Path("/{name}/tags")
    @Operation(summary = "Add or replace tags", description = "At most 50 tags per user")
    @APIResponse(responseCode = "200", description = "All the user's tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> tag(@PathParam("name") String name, IamRequests.Tags body) {
        IamRequests.Tags request = RequestInput.body(body);
        Caller caller = callers.require();
        return users.tag(caller.accountId(), caller.principalArn(), name, RequestInput.field(request.tags(), "tags")).tags();
    }

    @Authorize(action = "iam:UntagUser", resource = "arn:aws:iam::{account}:user/{name}")
    @DELETE
    @Path("/{name}/tags")
    @Operation(summary = "Remove tags", description = "Repeat ?key= for each tag key to remove")
    @APIResponse(responseCode = "200", description = "The remaining tags")
    public Map<String, String> untag(@PathParam("name") String name, @QueryParam("key") List<String> keys) {
        Caller caller = callers.require();
        return users.untag(caller.accountId(), caller.principalArn(), name, keys).tags();
    }

    @Authorize(action = "iam:ListGroupsForUser", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Path("/{name}/groups")
    @Operation(summary = "List the groups a user is in", description = "All of them (at most 10); nextCursor is absent")
    @APIResponse(responseCode = "200", description = "The user's groups")
    public Page<IamViews.Group> groups(@PathParam("name") String name) {
        return new Page<>(groups.groupsOf(callers.require().accountId(), name).stream().map(IamViews.Group::of).toList(),
                null);
    }
}
