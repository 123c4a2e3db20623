package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.AccessKeyService;
import io.gatehouse.iam.IamUserService;
import io.gatehouse.iam.LoginProfileService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The calling user itself ({@code /api/v1/iam/self}): an IAM user or the root user. The native
 * counterpart of GetUser, CreateAccessKey and ListAccessKeys called without a user name, and of
 * ChangePassword.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html">GetUser</a>
 */
@Path("/api/v1/iam/self")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM users")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class IamSelfResource {

    private final IamUserService users;
    private final AccessKeyService keys;
    private final LoginProfileService logins;
    private final CallerContext callers;

    public IamSelfResource(IamUserService users, AccessKeyService keys, LoginProfileService logins,
                           CallerContext callers) {
        this.users = Objects.requireNonNull(users, "users");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:GetUser", resource = "{caller}")
    @GET
    @Operation(summary = "Describe the calling user", description = "For the root user: its ARN and the account id as id")
    @APIResponse(responseCode = "200", description = "The caller")
    public IamViews.User get() {
        Caller caller = callers.require();
        return IamViews.User.of(users.subject(caller.accountId(), caller.principalArn(), null));
    }

    @Authorize(action = "iam:CreateAccessKey", resource = "{caller}")
    @POST
    @Path("/access-keys")
    @Operation(summary = "Create an access key for the calling user", description = "The secret is in this response only")
    @APIResponse(responseCode = "201", description = "The new key with its secret")
    @APIResponse(responseCode = "409", description = "LimitExceeded: the caller already has two keys")
    public RestResponse<IamViews.AccessKey> createKey() {
        Caller caller = callers.require();
        return RestResponse.status(RestResponse.Status.CREATED,
                IamViews.AccessKey.of(keys.create(caller.accountId(), caller.principalArn(), null)));
    }

    @Authorize(action = "iam:ListAccessKeys", resource = "{caller}")
    @GET
    @Path("/access-keys")
    @Operation(summary = "List the calling user's access keys")
    @APIResponse(responseCode = "200", description = "The keys, oldest first, without secrets")
    public Page<IamViews.AccessKey> listKeys() {
        Caller caller = callers.require();
        return new Page<>(keys.list(caller.accountId(), caller.principalArn(), null).stream()
                .map(IamViews.AccessKey::of).toList(), null);
    }

    @Authorize(action = "iam:ChangePassword", resource = "{caller}")
    @PUT
    @Path("/password")
    @Operation(summary = "Change the calling IAM user's console password",
            description = "The old password must match; the new one must satisfy the account's password policy")
    @APIResponse(responseCode = "204", description = "Changed")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(IamRequests.ChangePassword body) {
        IamRequests.ChangePassword request = RequestInput.body(body);
        Caller caller = callers.require();
        logins.changePassword(caller.accountId(), caller.principalArn(), request.oldPassword(), request.newPassword());
    }
}
