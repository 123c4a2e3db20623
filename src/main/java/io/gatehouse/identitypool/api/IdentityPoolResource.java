package io.gatehouse.identitypool.api;

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
import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.IdentityPoolService;
import io.gatehouse.identitypool.IdentityService;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.identitypool.PoolRoleService;
import io.gatehouse.identitypool.api.IdentityPoolViews.IdentityView;
import io.gatehouse.identitypool.api.IdentityPoolViews.PoolView;
import io.gatehouse.identitypool.api.IdentityPoolViews.RolesView;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Identity pools on the native API ({@code /api/v1/identity-pools}): the same services and IAM
 * actions ({@code cognito-identity:<Operation>} on the pool's ARN) as the AWS wire protocol. The
 * unsigned credential flows that apps call are in {@link IdentityCredentialResource}.
 */
@Path(IdentityPoolResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Identity pools")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class IdentityPoolResource {

    static final String BASE = "/api/v1/identity-pools";
    private static final String POOL = "arn:aws:cognito-identity:{region}:{account}:identitypool/{identityPoolId}";

    private final IdentityPoolService pools;
    private final PoolRoleService roles;
    private final IdentityService identities;
    private final CallerContext callers;

    public IdentityPoolResource(IdentityPoolService pools, PoolRoleService roles, IdentityService identities,
                                CallerContext callers) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-identity:CreateIdentityPool")
    @POST
    @Operation(summary = "Create an identity pool")
    @APIResponse(responseCode = "201", description = "The pool, with its id <region>:<uuid>")
    public RestResponse<PoolView> create(IdentityPoolRequests.Pool body) {
        IdentityPoolRequests.Pool request = RequestInput.body(body);
        Caller caller = callers.require();
        IdentityPool pool = pools.create(caller.accountId(), caller.principalArn(), request.spec(),
                request.tags() == null ? Map.of() : request.tags());
        return RestResponse.ResponseBuilder.<PoolView>created(UriBuilder.fromPath(BASE + "/{id}").build(pool.id()))
                .entity(PoolView.of(pool)).build();
    }

    @Authorize(action = "cognito-identity:ListIdentityPools")
    @GET
    @Operation(summary = "List the account's identity pools")
    @APIResponse(responseCode = "200", description = "One page of pools and the cursor of the next")
    public Page<PoolView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(pools.list(callers.require().accountId(), page.afterKey(), page.fetchSize()), IdentityPool::id,
                PoolView::of);
    }

    @Authorize(action = "cognito-identity:DescribeIdentityPool", resource = POOL)
    @GET
    @Path("/{identityPoolId}")
    @Operation(summary = "Describe an identity pool")
    @APIResponse(responseCode = "200", description = "The pool")
    public PoolView get(@PathParam("identityPoolId") String poolId) {
        return PoolView.of(pools.describe(callers.require().accountId(), poolId));
    }

    @Authorize(action = "cognito-identity:UpdateIdentityPool", resource = POOL)
    @PUT
    @Path("/{identityPoolId}")
    @Operation(summary = "Replace an identity pool's settings", description = "Tags left out stay as they are")
    @APIResponse(responseCode = "200", description = "The updated pool")
    public PoolView update(@PathParam("identityPoolId") String poolId, IdentityPoolRequests.Pool body) {
        IdentityPoolRequests.Pool request = RequestInput.body(body);
        Caller caller = callers.require();
        return PoolView.of(pools.update(caller.accountId(), caller.principalArn(), poolId, request.spec(), request.tags()));
    }

    @Authorize(action = "cognito-identity:DeleteIdentityPool", resource = POOL)
    @DELETE
    @Path("/{identityPoolId}")
    @Operation(summary = "Delete an identity pool with its identities")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("identityPoolId") String poolId) {
        Caller caller = callers.require();
        pools.delete(caller.accountId(), caller.principalArn(), poolId);
    }

    @Authorize(action = "cognito-identity:GetIdentityPoolRoles", resource = POOL)
    @GET
    @Path("/{identityPoolId}/roles")
    @Operation(summary = "The pool's roles and role mappings")
    @APIResponse(responseCode = "200", description = "Roles and role mappings")
    public RolesView getRoles(@PathParam("identityPoolId") String poolId) {
        return RolesView.of(poolId, roles.roles(callers.require().accountId(), poolId));
    }

    @Authorize(action = "cognito-identity:SetIdentityPoolRoles", resource = POOL)
    @PUT
    @Path("/{identityPoolId}/roles")
    @Operation(summary = "Set the pool's roles and role mappings")
    @APIResponse(responseCode = "200", description = "Roles and role mappings as set")
    public RolesView setRoles(@PathParam("identityPoolId") String poolId, IdentityPoolRequests.Roles body) {
        IdentityPoolRequests.Roles request = RequestInput.body(body);
        Caller caller = callers.require();
        roles.setRoles(caller.accountId(), caller.principalArn(), poolId, request.toDomain());
        return getRoles(poolId);
    }

    @Authorize(action = "cognito-identity:ListIdentities", resource = POOL)
    @GET
    @Path("/{identityPoolId}/identities")
    @Operation(summary = "List the pool's identities")
    @APIResponse(responseCode = "200", description = "One page of identities and the cursor of the next")
    public Page<IdentityView> identities(@PathParam("identityPoolId") String poolId, @QueryParam("limit") String limit,
                                         @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(identities.list(callers.require().accountId(), poolId, page.afterKey(), page.fetchSize()),
                PoolIdentity::id, IdentityView::of);
    }

    @Authorize(action = "cognito-identity:DescribeIdentity", resource = POOL)
    @GET
    @Path("/{identityPoolId}/identities/{identityId}")
    @Operation(summary = "Describe an identity")
    @APIResponse(responseCode = "200", description = "The identity and its linked providers")
    public IdentityView identity(@PathParam("identityPoolId") String poolId, @PathParam("identityId") String identityId) {
        return IdentityView.of(requireInPool(poolId, identityId));
    }

    @Authorize(action = "cognito-identity:DeleteIdentities", resource = POOL)
    @DELETE
    @Path("/{identityPoolId}/identities/{identityId}")
    @Operation(summary = "Delete an identity and its linked logins")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteIdentity(@PathParam("identityPoolId") String poolId, @PathParam("identityId") String identityId) {
        Caller caller = callers.require();
        requireInPool(poolId, identityId);
        identities.delete(caller.accountId(), caller.principalArn(), List.of(identityId));
    }

    private PoolIdentity requireInPool(String poolId, String identityId) {
        PoolIdentity identity = identities.describe(callers.require().accountId(), identityId);
        if (!identity.poolId().equals(poolId)) {
            throw new GatehouseException(CommonError.NOT_FOUND, "Identity '" + identityId + "' not found.");
        }
        return identity;
    }
}
