package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.AccessKeyService;
import io.gatehouse.iam.AccessKeyStatus;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An IAM user's access keys ({@code /api/v1/iam/users/{name}/access-keys}): CreateAccessKey,
 * ListAccessKeys, UpdateAccessKey and DeleteAccessKey. At most two per user; an inactive key fails
 * SigV4 until it is activated again.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html">CreateAccessKey</a>
 */
@Path("/api/v1/iam/users/{name}/access-keys")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM access keys", description = "Access keys of IAM users")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserAccessKeyResource {

    private final AccessKeyService keys;
    private final CallerContext callers;

    public UserAccessKeyResource(AccessKeyService keys, CallerContext callers) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateAccessKey", resource = "arn:aws:iam::{account}:user/{name}")
    @POST
    @Operation(summary = "Create an access key", description = "The secret is in this response only")
    @APIResponse(responseCode = "201", description = "The new key with its secret")
    @APIResponse(responseCode = "409", description = "LimitExceeded: the user already has two keys")
    public RestResponse<IamViews.AccessKey> create(@PathParam("name") String name) {
        Caller caller = callers.require();
        return RestResponse.status(RestResponse.Status.CREATED,
                IamViews.AccessKey.of(keys.create(caller.accountId(), caller.principalArn(), name)));
    }

    @Authorize(action = "iam:ListAccessKeys", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Operation(summary = "List a user's access keys")
    @APIResponse(responseCode = "200", description = "The keys, oldest first, without secrets; nextCursor is absent")
    public Page<IamViews.AccessKey> list(@PathParam("name") String name) {
        Caller caller = callers.require();
        return new Page<>(keys.list(caller.accountId(), caller.principalArn(), name).stream()
                .map(IamViews.AccessKey::of).toList(), null);
    }

    @Authorize(action = "iam:UpdateAccessKey", resource = "arn:aws:iam::{account}:user/{name}")
    @PATCH
    @Path("/{accessKeyId}")
    @Operation(summary = "Activate or deactivate an access key")
    @APIResponse(responseCode = "200", description = "The key")
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.AccessKey update(@PathParam("name") String name, @PathParam("accessKeyId") String accessKeyId,
                                     IamRequests.KeyStatus body) {
        IamRequests.KeyStatus request = RequestInput.body(body);
        Caller caller = callers.require();
        return IamViews.AccessKey.of(keys.updateStatus(caller.accountId(), caller.principalArn(), name, accessKeyId,
                AccessKeyStatus.parse(RequestInput.field(request.status(), "status"))));
    }

    @Authorize(action = "iam:DeleteAccessKey", resource = "arn:aws:iam::{account}:user/{name}")
    @DELETE
    @Path("/{accessKeyId}")
    @Operation(summary = "Delete an access key")
    @APIResponse(responseCode = "204", description = "Deleted; the key no longer signs requests")
    public void delete(@PathParam("name") String name, @PathParam("accessKeyId") String accessKeyId) {
        Caller caller = callers.require();
        keys.delete(caller.accountId(), caller.principalArn(), name, accessKeyId);
    }
}
