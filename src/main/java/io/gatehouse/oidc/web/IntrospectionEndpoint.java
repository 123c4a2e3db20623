package io.gatehouse.oidc.web;

import io.gatehouse.oidc.IntrospectionService;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token introspection (RFC 7662) for confidential clients of the pool: "the endpoint MUST also
 * require some form of authorization to access this endpoint".
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7662#section-2.1">RFC 7662 §2.1</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.INTROSPECT)
@Tag(name = "OpenID Connect")
public class IntrospectionEndpoint {

    private final PoolGuard pools;
    private final ClientRequests clients;
    private final IntrospectionService introspection;
    private final NoStore noStore;

    public IntrospectionEndpoint(PoolGuard pools, ClientRequests clients, IntrospectionService introspection,
                                 NoStore noStore) {
        this.pools = pools;
        this.clients = clients;
        this.introspection = introspection;
        this.noStore = noStore;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Introspect a token (confidential clients only)")
    public Response introspect(@PathParam("poolId") String poolId, @HeaderParam("Authorization") String authorization,
                               MultivaluedMap<String, String> form) {
        pools.require(poolId);
        AppClient client = clients.authenticate(poolId, authorization, form);
        FormParameters p = new FormParameters(form);
        String token = p.required(OAuthNames.TOKEN);
        String hint = p.optional(OAuthNames.TOKEN_TYPE_HINT);
        if (!client.isConfidential()) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Introspection requires a confidential client");
        }
        return noStore.json(introspection.introspect(poolId, token, hint));
    }
}
