package io.gatehouse.kms.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.kms.SigningKey;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.userpool.UserPoolService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A pool's JWT signing keys ({@code /api/v1/user-pools/{poolId}/signing-keys}): list them with
 * their lifecycle, and rotate on demand. Private keys never leave the service.
 */
@Path("/api/v1/user-pools/{poolId}/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing keys", description = "RS256 keys that sign a pool's tokens")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class SigningKeyResource {

    private final SigningKeyService keys;
    private final UserPoolService pools;
    private final CallerContext callers;

    public SigningKeyResource(SigningKeyService keys, UserPoolService pools, CallerContext callers) {
        this.keys = keys;
        this.pools = pools;
        this.callers = callers;
    }

    @Authorize(action = "gatehouse:ListSigningKeys", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's published signing keys, oldest first")
    public Map<String, List<KeyView>> list(@PathParam("poolId") String poolId) {
        Caller caller = callers.require();
        pools.get(caller.accountId(), poolId);
        return Map.of("items", keys.publishedKeys(poolId).stream().map(KeyView::of).toList());
    }

    @Authorize(action = "gatehouse:RotateSigningKey", resource = Authorize.USER_POOL)
    @POST
    @Path("/rotate")
    @Operation(summary = "Rotate the signing key",
            description = "The new key is published at once and signs after the publish lead; the current key is "
                    + "retired then and stays published until every token it signed has expired.")
    @APIResponse(responseCode = "200", description = "The new key")
    public KeyView rotate(@PathParam("poolId") String poolId) {
        Caller caller = callers.require();
        pools.get(caller.accountId(), poolId);
        return KeyView.of(keys.rotate(poolId, caller.principalArn()));
    }

    /** A signing key as the API shows it: identity and lifecycle, never key material beyond the public JWK. */
    public record KeyView(String kid, String algorithm, Instant createdAt, Instant signsFrom, Instant retiredAt,
                          Instant publishUntil) {
        static KeyView of(SigningKey k) {
            return new KeyView(k.kid(), k.algorithm(), k.createdAt(), k.signsFrom(), k.retiredAt(), k.publishUntil());
        }
    }
}
