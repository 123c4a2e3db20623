package io.gatehouse.oidc.web;

import io.gatehouse.oidc.GrantHandler;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The token endpoint: parse, authenticate the client, pick the grant handler, respond with
 * {@code Cache-Control: no-store}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">RFC 6749 §3.2</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.TOKEN)
@Tag(name = "OpenID Connect")
public class TokenEndpoint {

    private final PoolGuard pools;
    private final ClientRequests clients;
    private final Map<String, GrantHandler> handlers;
    private final NoStore noStore;

    public TokenEndpoint(PoolGuard pools, ClientRequests clients, Instance<GrantHandler> handlers,
                         NoStore noStore) {
        this.pools = pools;
        this.clients = clients;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(GrantHandler::grantType, Function.identity()));
        this.noStore = noStore;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 token endpoint (authorization_code, refresh_token, client_credentials)")
    public Response token(@PathParam("poolId") String poolId, @HeaderParam("Authorization") String authorization,
                          MultivaluedMap<String, String> form) {
        pools.require(poolId);
        TokenRequest request = TokenRequest.parse(form);
        GrantHandler handler = handlerFor(request.grantType());
        AppClient client = clients.authenticate(poolId, authorization, form);
        return noStore.json(handler.handle(request, client).toJson());
    }

    private GrantHandler handlerFor(String grantType) {
        GrantHandler handler = handlers.get(grantType);
        if (handler == null) {
            throw new OAuthException(OAuthError.UNSUPPORTED_GRANT_TYPE, "Unsupported grant_type");
        }
        return handler;
    }
}
