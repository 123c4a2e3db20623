package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
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
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * User pools of the caller's account ({@code /api/v1/user-pools}); a pool of another account is
 * reported as not found. The native counterpart of Cognito's CreateUserPool, ListUserPools,
 * DescribeUserPool, UpdateUserPool and DeleteUserPool.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>
 */
@Path("/api/v1/user-pools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "User pools", description = "Directories of users, each with its own OpenID Connect provider")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserPoolResource {

    private final UserPoolService pools;
    private final CallerContext callers;
    private final PlatformConfig platform;

    public UserPoolResource(UserPoolService pools, CallerContext callers, PlatformConfig platform) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Authorize(action = "cognito-idp:CreateUserPool")
    @POST
    @Operation(summary = "Create a user pool")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "demo", value = "{\"name\": \"demo\"}")))
    @APIResponse(responseCode = "201", description = "The new pool; Location points to it")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<UserPoolView> create(UserPoolRequest body) {
        UserPoolRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        UserPool pool = pools.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.name(), "name"), request.id(),
                request.settings() == null ? PoolSettings.DEFAULT : request.settings());
        return RestResponse.ResponseBuilder.<UserPoolView>created(UriBuilder.fromPath("/api/v1/user-pools/{id}").build(pool.id()))
                .entity(UserPoolView.of(pool, platform)).build();
    }

    @Authorize(action = "cognito-idp:ListUserPools")
    @GET
    @Operation(summary = "List the account's user pools", description = "Ordered by id; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of pools and the cursor of the next")
    public Page<UserPoolView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(pools.list(callers.require().accountId(), page.afterKey(), page.fetchSize()),
                UserPool::id, p -> UserPoolView.of(p, platform));
    }

    @Authorize(action = "cognito-idp:DescribeUserPool", resource = Authorize.USER_POOL)
    @GET
    @Path("/{poolId}")
    @Operation(summary = "Describe a user pool")
    @APIResponse(responseCode = "200", description = "The pool")
    public UserPoolView get(@PathParam("poolId") String poolId) {
        return UserPoolView.of(pools.get(callers.require().accountId(), poolId), platform);
    }

    @Authorize(action = "cognito-idp:UpdateUserPool", resource = Authorize.USER_POOL)
    @PUT
    @Path("/{poolId}")
    @Operation(summary = "Update a user pool", description = "The name is required; settings absent stay as they are")
    @APIResponse(responseCode = "200", description = "The updated pool")
    public UserPoolView replace(@PathParam("poolId") String poolId, UserPoolRequest body) {
        UserPoolRequest request = RequestInput.body(body);
        RequestInput.field(request.name(), "name");
        return update(poolId, request);
    }

    @Authorize(action = "cognito-idp:UpdateUserPool", resource = Authorize.USER_POOL)
    @PATCH
    @Path("/{poolId}")
    @Operation(summary = "Update a user pool", description = "Changes the name and/or the settings given")
    @APIResponse(responseCode = "200", description = "The updated pool")
    public UserPoolView patch(@PathParam("poolId") String poolId, UserPoolRequest body) {
        return update(poolId, RequestInput.body(body));
    }

    @Authorize(action = "cognito-idp:DeleteUserPool", resource = Authorize.USER_POOL)
    @DELETE
    @Path("/{poolId}")
    @Operation(summary = "Delete a user pool with its users, groups, clients and resource servers")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("poolId") String poolId) {
        Caller caller = callers.require();
        pools.delete(caller.accountId(), caller.principalArn(), poolId);
    }

    private UserPoolView update(String poolId, UserPoolRequest request) {
        if (request.id() != null && !request.id().equals(poolId)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "A user pool id cannot change");
        }
        Caller caller = callers.require();
        return UserPoolView.of(pools.update(caller.accountId(), caller.principalArn(), poolId, request.name(),
                request.settings()), platform);
    }
}
