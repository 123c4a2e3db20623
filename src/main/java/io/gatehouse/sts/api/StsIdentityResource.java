package io.gatehouse.sts.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.sts.AccessKeyAccounts;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who a caller or an access key is ({@code /api/v1/sts}): the JSON form of GetCallerIdentity, which
 * every caller may call whatever its policies say, and of GetAccessKeyInfo.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html">GetAccessKeyInfo</a>
 */
@Path("/api/v1/sts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "STS")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class StsIdentityResource {

    private final AccessKeyAccounts accessKeys;
    private final CallerContext callers;

    public StsIdentityResource(AccessKeyAccounts accessKeys, CallerContext callers) {
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "sts:GetCallerIdentity", byMethod = true)
    @GET
    @Path("/caller-identity")
    @Operation(summary = "Describe the caller", description = "Needs no permission (GetCallerIdentity)")
    @APIResponse(responseCode = "200", description = "The caller's account, ARN and unique id")
    public StsViews.CallerIdentity callerIdentity() {
        Caller caller = callers.require();
        return new StsViews.CallerIdentity(caller.accountId(), caller.principalArn(), caller.userId());
    }

    @Authorize(action = "sts:GetAccessKeyInfo")
    @POST
    @Path("/access-key-info")
    @Operation(summary = "The account of an access key id", description = "Any AKIA or ASIA key id, of any account"
            + " (GetAccessKeyInfo)")
    @APIResponse(responseCode = "200", description = "The key's account")
    public StsViews.AccessKeyInfo accessKeyInfo(StsRequests.AccessKeyInfo body) {
        StsRequests.AccessKeyInfo request = RequestInput.body(body);
        return new StsViews.AccessKeyInfo(accessKeys.accountOf(callers.require(),
                RequestInput.field(request.accessKeyId(), "accessKeyId")));
    }
}
