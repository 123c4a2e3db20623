package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserFilter;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.MfaPreferences;
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
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Users of a pool as an administrator manages them ({@code /api/v1/user-pools/{poolId}/users}):
 * the native counterpart of Cognito's AdminCreateUser, AdminGetUser, ListUsers,
 * AdminUpdateUserAttributes, AdminSetUserPassword, AdminEnableUser/AdminDisableUser and AdminDeleteUser
 * ({@link UserSignInResource} has the sign-in ones).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html">AdminCreateUser</a>
 */
@Path("/api/v1/user-pools/{poolId}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Users", description = "Users of a pool, managed by an administrator")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserResource {

    private static final String EXAMPLE = """
            {"username": "alice", "password": "Correct-Horse-1", "permanent": true,
             "attributes": {"email": "alice@example.com", "email_verified": "true"}}""";

    private final UserService users;
    private final MfaPreferences mfa;
    private final CallerContext callers;

    public UserResource(UserService users, MfaPreferences mfa, CallerContext callers) {
        this.users = Objects.requireNonNull(users, "users");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:AdminCreateUser", resource = Authorize.USER_POOL)
    @POST
    @Operation(summary = "Create a user")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "alice", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new user")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<UserView> create(@PathParam("poolId") String poolId, CreateUserRequest body) {
        CreateUserRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        PoolUser user = users.create(caller.accountId(), caller.principalArn(), poolId,
                RequestInput.field(request.username(), "username"), request.password(),
                request.permanentOrDefault(), request.attributes());
        return RestResponse.ResponseBuilder.<UserView>created(
                UriBuilder.fromPath("/api/v1/user-pools/{poolId}/users/{username}").build(poolId, user.username()))
                .entity(UserView.of(user)).build();
    }

    @Authorize(action = "cognito-idp:ListUsers", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's users", description = "Ordered by username; limit 1 to 60 (default 50). "
            + "filter takes Cognito's ListUsers syntax: attribute = \"value\" or attribute ^= \"prefix\" for username, "
            + "email, phone_number, name, given_name, family_name, preferred_username, cognito:user_status, "
            + "status (Enabled/Disabled) or sub")
    @APIResponse(responseCode = "200", description = "One page of users and the cursor of the next")
    public Page<UserView> list(@PathParam("poolId") String poolId, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor,
                               @Parameter(example = "email ^= \"alice@\"") @QueryParam("filter") String filter) {
        PageRequest page = PageRequest.parse(limit, cursor);
        UserFilter parsed = UserFilter.parse(filter).orElse(null);
        return page.page(users.search(callers.require().accountId(), poolId, parsed, page.afterKey(), page.fetchSize()),
                user -> UserStore.usernameKey(user.username()), UserView::of);
    }

    @Authorize(action = "cognito-idp:AdminGetUser", resource = Authorize.USER_POOL)
    @GET
    @Path("/{username}")
    @Operation(summary = "Describe a user", description = "With the user's MFA settings (AdminGetUser)")
    @APIResponse(responseCode = "200", description = "The user")
    public UserView get(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        PoolUser user = users.get(callers.require().accountId(), poolId, username);
        return UserView.of(user, mfa.of(user));
    }

    @Authorize(action = "cognito-idp:AdminUpdateUserAttributes", resource = Authorize.USER_POOL)
    @PATCH
    @Path("/{username}/attributes")
    @Operation(summary = "Set or delete user attributes", description = "A null value deletes the attribute; "
            + "attributes not named stay as they are")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "changeEmail",
            value = "{\"email\": \"alice@example.org\", \"custom:team\": null}")))
    @APIResponse(responseCode = "200", description = "The updated user")
    public UserView updateAttributes(@PathParam("poolId") String poolId, @PathParam("username") String username,
                                     Map<String, String> body) {
        Map<String, String> changes = RequestInput.body(body);
        Caller caller = callers.require();
        return UserView.of(users.updateAttributes(caller.accountId(), caller.principalArn(), poolId, username, changes));
    }

    @Authorize(action = "cognito-idp:AdminSetUserPassword", resource = Authorize.USER_POOL)
    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Set a user's password")
    @APIResponse(responseCode = "204", description = "Password set")
    public void setPassword(@PathParam("poolId") String poolId, @PathParam("username") String username,
                            SetPasswordRequest body) {
        SetPasswordRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        users.setPassword(caller.accountId(), caller.principalArn(), poolId, username,
                RequestInput.field(request.password(), "password"), request.permanentOrDefault());
    }

    @Authorize(action = "cognito-idp:AdminEnableUser", resource = Authorize.USER_POOL)
    @POST
    @Path("/{username}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a user")
    @APIResponse(responseCode = "204", description = "Enabled")
    public void enable(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        setEnabled(poolId, username, true);
    }

    @Authorize(action = "cognito-idp:AdminDisableUser", resource = Authorize.USER_POOL)
    @POST
    @Path("/{username}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a user", description = "A disabled user cannot sign in")
    @APIResponse(responseCode = "204", description = "Disabled")
    public void disable(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        setEnabled(poolId, username, false);
    }

    @Authorize(action = "cognito-idp:AdminDeleteUser", resource = Authorize.USER_POOL)
    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete a user")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        Caller caller = callers.require();
        users.delete(caller.accountId(), caller.principalArn(), poolId, username);
    }

    private void setEnabled(String poolId, String username, boolean enabled) {
        Caller caller = callers.require();
        users.setEnabled(caller.accountId(), caller.principalArn(), poolId, username, enabled);
    }
}
