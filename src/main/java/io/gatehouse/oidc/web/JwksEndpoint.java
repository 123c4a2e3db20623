package io.gatehouse.oidc.web;

import com.nimbusds.jose.jwk.JWKSet;
import io.gatehouse.kms.SigningKeyService;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
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
 * The pool's public signing keys (RFC 7517 JWK Set). Cached by clients for at most one minute,
 * well inside the publish lead of a new key, so a key is always seen before it signs.
 */
@Path("/" + PoolPaths.POOL + PoolPaths.JWKS)
@Tag(name = "OpenID Connect")
public class JwksEndpoint {

    private final PoolGuard pools;
    private final SigningKeyService keys;

    public JwksEndpoint(PoolGuard pools, SigningKeyService keys) {
        this.pools = pools;
        this.keys = keys;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of a user pool")
    public Uni<Response> jwks(@PathParam("poolId") String poolId) {
        return CacheFirst.respond(
                () -> pools.cached(poolId).flatMap(pool -> keys.cachedJwks(poolId)).map(JwksEndpoint::response),
                () -> {
                    pools.require(poolId);
                    return response(keys.jwks(poolId));
                });
    }

    private static Response response(JWKSet jwks) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(jwks.toString(true)).cacheControl(cache).build();
    }
}
