package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.RevocationService;
import io.gatehouse.oidc.message.FormParameters;
import io.gatehouse.userpool.AppClient;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token revocation (RFC 7009) for the client the token was issued to.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7009#section-2.1">RFC 7009 §2.1</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.REVOKE)
@Tag(name = "OpenID Connect")
public class RevocationEndpoint {

    private final PoolGuard pools;
    private final ClientRequests clients;
    private final RevocationService revocation;
    private final NoStore noStore;

    public RevocationEndpoint(PoolGuard pools, ClientRequests clients, RevocationService revocation,
                              NoStore noStore) {
        this.pools = pools;
        this.clients = clients;
        this.revocation = revocation;
        this.noStore = noStore;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a refresh or access token and its whole token family")
    public Response revoke(@PathParam("poolId") String poolId, @HeaderParam("Authorization") String authorization,
                           MultivaluedMap<String, String> form) {
        pools.require(poolId);
        AppClient client = clients.authenticate(poolId, authorization, form);
        FormParameters p = new FormParameters(form);
        String token = p.required(OAuthNames.TOKEN);
        String hint = p.optional(OAuthNames.TOKEN_TYPE_HINT);
        revocation.revoke(client, token, hint);
        return noStore.json(Map.of());
    }
}
