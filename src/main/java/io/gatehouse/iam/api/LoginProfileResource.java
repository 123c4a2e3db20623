package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.LoginProfileService;
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
 * An IAM user's console password ({@code /api/v1/iam/users/{name}/login-profile}):
 * CreateLoginProfile, GetLoginProfile, UpdateLoginProfile and DeleteLoginProfile. New passwords
 * must satisfy the account's password policy ({@code PasswordPolicyViolation} otherwise).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html">CreateLoginProfile</a>
 */
@Path("/api/v1/iam/users/{name}/login-profile")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM users")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class LoginProfileResource {

    private final LoginProfileService logins;
    private final CallerContext callers;

    public LoginProfileResource(LoginProfileService logins, CallerContext callers) {
        this.logins = Objects.requireNonNull(logins, "logins");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateLoginProfile", resource = "arn:aws:iam::{account}:user/{name}")
    @POST
    @Operation(summary = "Give a user a console password")
    @APIResponse(responseCode = "201", description = "The login profile")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IamViews.Login> create(@PathParam("name") String name, IamRequests.LoginProfile body) {
        IamRequests.LoginProfile request = RequestInput.body(body);
        Caller caller = callers.require();
        return RestResponse.status(RestResponse.Status.CREATED, IamViews.Login.of(logins.create(caller.accountId(),
                caller.principalArn(), name, RequestInput.field(request.password(), "password"),
                Boolean.TRUE.equals(request.passwordResetRequired()))));
    }

    @Authorize(action = "iam:GetLoginProfile", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Operation(summary = "Describe a user's login profile")
    @APIResponse(responseCode = "200", description = "The login profile (never the password)")
    public IamViews.Login get(@PathParam("name") String name) {
        return IamViews.Login.of(logins.get(callers.require().accountId(), name));
    }

    @Authorize(action = "iam:UpdateLoginProfile", resource = "arn:aws:iam::{account}:user/{name}")
    @PATCH
    @Operation(summary = "Set a new password and/or whether it must be changed at next sign-in")
    @APIResponse(responseCode = "200", description = "The login profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.Login update(@PathParam("name") String name, IamRequests.LoginProfile body) {
        IamRequests.LoginProfile request = RequestInput.body(body);
        Caller caller = callers.require();
        return IamViews.Login.of(logins.update(caller.accountId(), caller.principalArn(), name, request.password(),
                request.passwordResetRequired()));
    }

    @Authorize(action = "iam:DeleteLoginProfile", resource = "arn:aws:iam::{account}:user/{name}")
    @DELETE
    @Operation(summary = "Remove a user's console password")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("name") String name) {
        Caller caller = callers.require();
        logins.delete(caller.accountId(), caller.principalArn(), name);
    }
}
