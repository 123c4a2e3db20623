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
import io.gatehouse.userpool.ResourceServer;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
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
 * Resource servers of a pool ({@code /api/v1/user-pools/{poolId}/resource-servers}). Identifiers
 * are usually URLs, so in the path they are percent-encoded as one segment:
 * {@code /resource-servers/https%3A%2F%2Fapi.demo.local}. The path template accepts slashes too
 * ({@code {identifier: .+}}), so a client that only encodes {@code :} still reaches the server.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html">CreateResourceServer</a>
 */
@Path("/api/v1/user-pools/{poolId}/resource-servers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Resource servers", description = "APIs protected by the pool's access tokens, with custom scopes")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class ResourceServerResource {

    private static final String IDENTIFIER = "/{identifier: .+}";
    private static final String IDENTIFIER_DOC = "The identifier, percent-encoded, e.g. https%3A%2F%2Fapi.demo.local";
    private static final String EXAMPLE = """
            {"identifier": "https://api.demo.local", "name": "Demo API",
             "scopes": [{"name": "read", "description": "Read access"}]}""";

    private final UserPoolService pools;
    private final CallerContext callers;

    public ResourceServerResource(UserPoolService pools, CallerContext callers) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:CreateResourceServer", resource = Authorize.USER_POOL)
    @POST
    @Operation(summary = "Create a resource server")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "api", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new resource server")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<ResourceServerView> create(@PathParam("poolId") String poolId, ResourceServerRequest body) {
        ResourceServerRequest request = RequestInput.body(body);
        ResourceServer server = put(poolId, RequestInput.field(request.identifier(), "identifier"), request, true);
        return RestResponse.ResponseBuilder.<ResourceServerView>created(
                UriBuilder.fromPath("/api/v1/user-pools/{poolId}/resource-servers/{identifier}")
                        .build(poolId, server.identifier()))
                .entity(ResourceServerView.of(server)).build();
    }

    @Authorize(action = "cognito-idp:ListResourceServers", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's resource servers", description = "Ordered by identifier; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of resource servers and the cursor of the next")
    public Page<ResourceServerView> list(@PathParam("poolId") String poolId, @QueryParam("limit") String limit,
                                         @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.pageInMemory(pools.listResourceServers(callers.require().accountId(), poolId),
                ResourceServer::identifier, ResourceServerView::of);
    }

    @Authorize(action = "cognito-idp:DescribeResourceServer", resource = Authorize.USER_POOL)
    @GET
    @Path(IDENTIFIER)
    @Operation(summary = "Describe a resource server")
    @APIResponse(responseCode = "200", description = "The resource server")
    public ResourceServerView get(@PathParam("poolId") String poolId,
                                  @Parameter(description = IDENTIFIER_DOC) @PathParam("identifier") String identifier) {
        return ResourceServerView.of(pools.getResourceServer(callers.require().accountId(), poolId, identifier));
    }

    @Authorize(action = "cognito-idp:UpdateResourceServer", resource = Authorize.USER_POOL)
    @PUT
    @Path(IDENTIFIER)
    @Operation(summary = "Replace a resource server's name and scopes")
    @APIResponse(responseCode = "200", description = "The updated resource server")
    public ResourceServerView replace(@PathParam("poolId") String poolId,
                                      @Parameter(description = IDENTIFIER_DOC) @PathParam("identifier") String identifier,
                                      ResourceServerRequest body) {
        ResourceServerRequest request = RequestInput.body(body);
        if (request.identifier() != null && !request.identifier().equals(identifier)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "identifier in the body must match the path; an identifier cannot change");
        }
        return ResourceServerView.of(put(poolId, identifier, request, false));
    }

    @Authorize(action = "cognito-idp:DeleteResourceServer", resource = Authorize.USER_POOL)
    @DELETE
    @Path(IDENTIFIER)
    @Operation(summary = "Delete a resource server")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("poolId") String poolId,
                       @Parameter(description = IDENTIFIER_DOC) @PathParam("identifier") String identifier) {
        Caller caller = callers.require();
        pools.deleteResourceServer(caller.accountId(), caller.principalArn(), poolId, identifier);
    }

    private ResourceServer put(String poolId, String identifier, ResourceServerRequest request, boolean create) {
        Caller caller = callers.require();
        ResourceServer server = new ResourceServer(poolId, identifier, RequestInput.field(request.name(), "name"),
                request.scopesOrEmpty());
        return pools.putResourceServer(caller.accountId(), caller.principalArn(), server, create);
    }
}
