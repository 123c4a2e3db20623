package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.AccessKeyService;
import jakarta.ws.rs.GET;
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
 * Any access key of the account by id ({@code /api/v1/iam/access-keys/{id}/last-used}):
 * GetAccessKeyLastUsed. Use is recorded at most once a minute per key.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html">GetAccessKeyLastUsed</a>
 */
@Path("/api/v1/iam/access-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IAM access keys")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AccessKeyResource {

    private final AccessKeyService keys;
    private final CallerContext callers;

    public AccessKeyResource(AccessKeyService keys, CallerContext callers) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:GetAccessKeyLastUsed")
    @GET
    @Path("/{accessKeyId}/last-used")
    @Operation(summary = "When, for which service and in which region a key last signed a request")
    @APIResponse(responseCode = "200", description = "The key's last use; lastUsedAt, serviceName and region are "
            + "absent when it never signed one")
    public IamViews.AccessKeyLastUsed lastUsed(@PathParam("accessKeyId") String accessKeyId) {
        return IamViews.AccessKeyLastUsed.of(keys.lastUsed(callers.require().accountId(), accessKeyId));
    }
}
