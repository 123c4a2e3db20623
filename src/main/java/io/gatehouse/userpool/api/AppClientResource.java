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
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientService;
import io.gatehouse.userpool.CreatedClient;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * App clients of a pool ({@code /api/v1/user-pools/{poolId}/clients}). A client secret appears in
 * the response that creates or regenerates it and nowhere else.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html">CreateUserPoolClient</a>
 */
@Path("/api/v1/user-pools/{poolId}/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "App clients", description = "Applications that sign users in or call APIs with the pool's tokens")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AppClientResource {

    private static final String EXAMPLE = """
            {"name": "web", "generateSecret": false, "grantTypes": ["authorization_code", "refresh_token"],
             "scopes": ["openid", "email"], "callbackUrls": ["https://app.example.com/callback"]}""";

    private final AppClientService clients;
    private final CallerContext callers;

    public AppClientResource(AppClientService clients, CallerContext callers) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:CreateUserPoolClient", resource = Authorize.USER_POOL)
    @POST
    @Operation(summary = "Create an app client", description = "With generateSecret, the secret is in this response only")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "publicWebClient", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new client, with its secret when confidential")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<ClientWithSecretView> create(@PathParam("poolId") String poolId, ClientRequest body) {
        ClientRequest request = RequestInput.body(body);
        RequestInput.field(request.name(), "name");
        Caller caller = callers.require();
        CreatedClient created = clients.create(caller.accountId(), caller.principalArn(), poolId, request.toSpec(),
                Boolean.TRUE.equals(request.generateSecret()), null, null);
        return RestResponse.ResponseBuilder.<ClientWithSecretView>created(
                UriBuilder.fromPath("/api/v1/user-pools/{poolId}/clients/{clientId}")
                        .build(poolId, created.client().clientId()))
                .entity(ClientWithSecretView.of(created)).build();
    }

    @Authorize(action = "cognito-idp:ListUserPoolClients", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's app clients", description = "Ordered by client id; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of clients and the cursor of the next")
    public Page<ClientView> list(@PathParam("poolId") String poolId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return page.page(clients.list(callers.require().accountId(), poolId, page.afterKey(), page.fetchSize()),
                AppClient::clientId, ClientView::of);
    }

    @Authorize(action = "cognito-idp:DescribeUserPoolClient", resource = Authorize.USER_POOL)
    @GET
    @Path("/{clientId}")
    @Operation(summary = "Describe an app client", description = "Never includes the secret")
    @APIResponse(responseCode = "200", description = "The client")
    public ClientView get(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId) {
        return ClientView.of(clients.get(callers.require().accountId(), poolId, clientId));
    }

    @Authorize(action = "cognito-idp:UpdateUserPoolClient", resource = Authorize.USER_POOL)
    @PUT
    @Path("/{clientId}")
    @Operation(summary = "Replace an app client's settings", description = "Omitted fields take their defaults; "
            + "whether the client has a secret cannot change")
    @APIResponse(responseCode = "200", description = "The updated client")
    public ClientView update(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                             ClientRequest body) {
        ClientRequest request = RequestInput.body(body);
        RequestInput.field(request.name(), "name");
        if (request.generateSecret() != null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "generateSecret can only be set at creation");
        }
        Caller caller = callers.require();
        return ClientView.of(clients.update(caller.accountId(), caller.principalArn(), poolId, clientId,
                request.toSpec()));
    }

    @Authorize(action = "cognito-idp:DeleteUserPoolClient", resource = Authorize.USER_POOL)
    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Delete an app client")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId) {
        Caller caller = callers.require();
        clients.delete(caller.accountId(), caller.principalArn(), poolId, clientId);
    }

    @Authorize(action = "cognito-idp:AddUserPoolClientSecret", resource = Authorize.USER_POOL)
    @POST
    @Path("/{clientId}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Regenerate a confidential client's secret", description = "The old secret stops working; "
            + "the new one is in this response only")
    @APIResponse(responseCode = "200", description = "The client with its new secret")
    public ClientWithSecretView regenerateSecret(@PathParam("poolId") String poolId,
                                                 @PathParam("clientId") String clientId) {
        Caller caller = callers.require();
        return ClientWithSecretView.of(clients.resetSecret(caller.accountId(), caller.principalArn(), poolId,
                clientId, null));
    }
}
