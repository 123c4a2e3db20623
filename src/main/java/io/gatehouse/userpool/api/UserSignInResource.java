package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.AdminUserAuth;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.gatehouse.userpool.signup.PasswordRecovery;
import io.gatehouse.userpool.signup.SignUpService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An administrator's hold on a user's sign-in ({@code /api/v1/user-pools/{poolId}/users/{username}/...}):
 * the native counterpart of AdminConfirmSignUp, AdminResetUserPassword, AdminSetUserMFAPreference
 * and AdminUserGlobalSignOut.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUserGlobalSignOut.html">AdminUserGlobalSignOut</a>
 */
@Path("/api/v1/user-pools/{poolId}/users/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Users")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserSignInResource {

    private final SignUpService signUps;
    private final PasswordRecovery recovery;
    private final AdminUserAuth admin;
    private final CallerContext callers;

    public UserSignInResource(SignUpService signUps, PasswordRecovery recovery, AdminUserAuth admin,
                              CallerContext callers) {
        this.signUps = Objects.requireNonNull(signUps, "signUps");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "cognito-idp:AdminConfirmSignUp", resource = Authorize.USER_POOL)
    @POST
    @Path("/confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm a user's sign-up without a code (AdminConfirmSignUp)")
    @APIResponse(responseCode = "204", description = "The user is CONFIRMED")
    public void confirm(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        Caller caller = callers.require();
        signUps.adminConfirm(caller.accountId(), caller.principalArn(), poolId, username, TriggerInput.NONE);
    }

    @Authorize(action = "cognito-idp:AdminResetUserPassword", resource = Authorize.USER_POOL)
    @POST
    @Path("/reset-password")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reset a user's password (AdminResetUserPassword)", description = "The password stops working "
            + "and a reset code is sent to the user's verified email; the user sets a new one with "
            + "confirm-forgot-password")
    @APIResponse(responseCode = "200", description = "Reset; the user is RESET_REQUIRED, and this is where the code went")
    public CodeDeliveryView.Sent resetPassword(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        Caller caller = callers.require();
        return new CodeDeliveryView.Sent(CodeDeliveryView.of(
                recovery.adminReset(caller.accountId(), caller.principalArn(), poolId, username)));
    }

    @Authorize(action = "cognito-idp:AdminSetUserMFAPreference", resource = Authorize.USER_POOL)
    @PUT
    @Path("/mfa")
    @Operation(summary = "Set a user's MFA preferences (AdminSetUserMFAPreference)", description = "An absent factor "
            + "stays as it is")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "totpOff",
            value = "{\"totp\": {\"enabled\": false, \"preferred\": false}}")))
    @APIResponse(responseCode = "204", description = "Preferences set")
    public void setMfa(@PathParam("poolId") String poolId, @PathParam("username") String username,
                       MfaSettingsView body) {
        MfaSettingsView request = RequestInput.body(body);
        Caller caller = callers.require();
        admin.setMfaPreference(caller.accountId(), caller.principalArn(), poolId, username,
                MfaSettingsView.setting(request.totp()), MfaSettingsView.setting(request.email()));
    }

    @Authorize(action = "cognito-idp:AdminUserGlobalSignOut", resource = Authorize.USER_POOL)
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sign a user out everywhere (AdminUserGlobalSignOut)", description = "Every refresh token and "
            + "access token of the user stops working")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut(@PathParam("poolId") String poolId, @PathParam("username") String username) {
        Caller caller = callers.require();
        admin.globalSignOut(caller.accountId(), caller.principalArn(), poolId, username);
    }
}
