package io.gatehouse.oidc.web;

import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.platform.BoundedMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import io.gatehouse.oidc.clientauth.ClientAuthenticator;
import io.gatehouse.oidc.clientauth.PrivateKeyJwt;
import io.gatehouse.oidc.message.DiscoveryDocument;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves provider metadata at both well-known locations: OpenID Connect Discovery's
 * {@code /.well-known/openid-configuration} and RFC 8414's suffix form under the issuer.
 */
@Path("/" + PoolPaths.POOL)
@Tag(name = "OpenID Connect")
public class DiscoveryEndpoint {

    /** Bounds the kept documents even if pools come and go for the node's whole life. */
    private static final int MAX_KEPT = 10_000;
    private final PoolGuard pools;
    private final Issuer issuer;
    private final ClientAuthenticator clientAuthenticator;
    private final ObjectMapper json;
    private final BoundedMap<String, byte[]> documents = new BoundedMap<>(MAX_KEPT);

    public DiscoveryEndpoint(PoolGuard pools, Issuer issuer, ClientAuthenticator clientAuthenticator, ObjectMapper json) {
        this.pools = pools;
        this.issuer = issuer;
        this.clientAuthenticator = clientAuthenticator;
        this.json = json;
    }

    @GET
    @Path(PoolPaths.DISCOVERY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Connect discovery document of a user pool")
    @NonBlocking
    public Uni<Response> openidConfiguration(@PathParam("poolId") String poolId) {
        return document(poolId);
    }

    @GET
    @Path(PoolPaths.OAUTH_DISCOVERY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RFC 8414 authorization server metadata of a user pool")
    @NonBlocking
    public Uni<Response> oauthMetadata(@PathParam("poolId") String poolId) {
        return document(poolId);
    }

    private Uni<Response> document(String poolId) {
        return CacheFirst.respond(
                () -> pools.cached(poolId).flatMap(pool -> Optional.ofNullable(documents.get(poolId))).map(DiscoveryEndpoint::response),
                () -> {
                    pools.require(poolId);
                    return response(serialized(poolId));
                });
    }

    private static Response response(byte[] document) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).cacheControl(cache).build();
    }

    /**
     * The document is a function of the pool id and this node's configuration alone, so its bytes
     * are kept (serializing it per request cost half the endpoint's throughput); a deleted pool's
     * bytes are never served because {@link PoolGuard#require} refuses the pool first.
     */
    private byte[] serialized(String poolId) {
        byte[] bytes = documents.get(poolId);
        if (bytes == null) {
            DiscoveryDocument doc = new DiscoveryDocument(issuer.of(poolId), clientAuthenticator.methodNames(),
                    PrivateKeyJwt.ALGORITHMS.stream().map(JWSAlgorithm::getName).sorted().toList());
            try {
                bytes = json.writeValueAsBytes(doc.toJson());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("discovery document of " + poolId + " cannot be written", e);
            }
            documents.put(poolId, bytes);
        }
        return bytes;
    }
}
