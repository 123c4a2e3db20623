package io.gatehouse.oidc.web;

import io.gatehouse.oidc.token.Issuer;
import com.nimbusds.jose.JWSAlgorithm;
import io.gatehouse.oidc.clientauth.ClientAuthenticator;
import io.gatehouse.oidc.clientauth.PrivateKeyJwt;
import io.gatehouse.oidc.message.DiscoveryDocument;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves provider metadata at both well-known locations: OpenID Connect Discovery's
 * {@code /.well-known/openid-configuration} and RFC 8414's suffix form under the issuer.
 */
@Path("/" + PoolPaths.POOL)
@Tag(name = "OpenID Connect")
public class DiscoveryEndpoint {

    private final PoolGuard pools;
    private final Issuer issuer;
    private final ClientAuthenticator clientAuthenticator;

    public DiscoveryEndpoint(PoolGuard pools, Issuer issuer, ClientAuthenticator clientAuthenticator) {
        this.pools = pools;
        this.issuer = issuer;
        this.clientAuthenticator = clientAuthenticator;
    }

    @GET
    @Path(PoolPaths.DISCOVERY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Connect discovery document of a user pool")
    public Response openidConfiguration(@PathParam("poolId") String poolId) {
        return document(poolId);
    }

    @GET
    @Path(PoolPaths.OAUTH_DISCOVERY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RFC 8414 authorization server metadata of a user pool")
    public Response oauthMetadata(@PathParam("poolId") String poolId) {
        return document(poolId);
    }

    private Response document(String poolId) {
        pools.require(poolId);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        DiscoveryDocument doc = new DiscoveryDocument(issuer.of(poolId), clientAuthenticator.methodNames(),
                PrivateKeyJwt.ALGORITHMS.stream().map(JWSAlgorithm::getName).sorted().toList());
        return Response.ok(doc.toJson()).cacheControl(cache).build();
    }
}
