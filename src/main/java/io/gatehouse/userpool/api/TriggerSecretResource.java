package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.userpool.triggers.TriggerSecrets;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signing secret of a pool's trigger webhooks ({@code X-Gatehouse-Signature}). It is never
 * part of the pool's settings and can only be replaced: rotating returns the new secret this
 * once, and the previous one stops verifying at once. Gatehouse-specific (Cognito calls Lambda
 * functions, which need no signature).
 */
@Path("/api/v1/user-pools/{poolId}/trigger-secret")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User pools")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class TriggerSecretResource {

    private final TriggerSecrets secrets;
    private final CallerContext callers;

    public TriggerSecretResource(TriggerSecrets secrets, CallerContext callers) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "gatehouse:RotateTriggerSecret", resource = Authorize.USER_POOL)
    @POST
    @Path("/rotate")
    @Operation(summary = "Replace the trigger signing secret", description = "Returns the new secret once; store it in the webhook receiver")
    @APIResponse(responseCode = "200", description = "The new secret")
    public TriggerSecretView rotate(@PathParam("poolId") String poolId) {
        Caller caller = callers.require();
        return new TriggerSecretView(secrets.rotate(caller.accountId(), caller.principalArn(), poolId));
    }

    /** {@code {"secret": "ghtrg_…"}}: the HMAC-SHA256 key of X-Gatehouse-Signature. */
    public record TriggerSecretView(String secret) {
    }
}
