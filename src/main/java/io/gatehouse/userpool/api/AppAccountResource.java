package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.AppAccounts;
import io.gatehouse.auth.Unsigned;
import io.gatehouse.userpool.signup.SignUpResult;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The account calls an app makes for its users, without a signature (as AWS leaves SignUp,
 * ConfirmSignUp, ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword unsigned):
 * {@code /api/v1/user-pools/{poolId}/clients/{clientId}/...}. The client must belong to the pool;
 * a client with a secret requires {@code secretHash}. Errors are problem+json whose title is the
 * Cognito exception name (CodeMismatchException, ExpiredCodeException, UsernameExistsException...).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html">Signing up and confirming user accounts</a>
 */
@Path("/api/v1/user-pools/{poolId}/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Unsigned
@SecurityRequirementsSet
@Tag(name = "App accounts", description = "Sign-up, confirmation and password recovery, called by apps without a signature")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", description = "SECRET_HASH missing or wrong, or the operation is not permitted "
        + "(NotAuthorizedException)")
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AppAccountResource {

    private final AppAccounts accounts;

    public AppAccountResource(AppAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @POST
    @Path("/sign-up")
    @Operation(summary = "Sign up a user (SignUp)", description = "The user is UNCONFIRMED; when the pool auto-verifies "
            + "email a confirmation code is mailed and codeDeliveryDetails says where")
    @APIResponse(responseCode = "200", description = "The new user's sub and the code's delivery")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public CodeDeliveryView.SignedUp signUp(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                            AppAccountRequests.SignUp body) {
        AppAccountRequests.SignUp request = RequestInput.body(body);
        SignUpResult result = accounts.signUp(poolId, clientId, request.secretHash(),
                RequestInput.field(request.username(), "username"), RequestInput.field(request.password(), "password"),
                request.attributes(), TriggerInput.NONE, TriggerInput.NONE);
        return new CodeDeliveryView.SignedUp(result.confirmed(), result.user().sub().toString(),
                result.delivery().map(CodeDeliveryView::of).orElse(null));
    }

    @POST
    @Path("/confirm-sign-up")
    @Operation(summary = "Confirm a sign-up with its code (ConfirmSignUp)")
    @APIResponse(responseCode = "204", description = "Confirmed; the email is verified")
    public void confirmSignUp(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                              AppAccountRequests.ConfirmSignUp body) {
        AppAccountRequests.ConfirmSignUp request = RequestInput.body(body);
        accounts.confirmSignUp(poolId, clientId, request.secretHash(), RequestInput.field(request.username(), "username"),
                RequestInput.field(request.code(), "code"), Boolean.TRUE.equals(request.forceAliasCreation()),
                TriggerInput.NONE);
    }

    @POST
    @Path("/resend-confirmation-code")
    @Operation(summary = "Send a new confirmation code (ResendConfirmationCode)")
    @APIResponse(responseCode = "200", description = "Where the code went")
    public CodeDeliveryView.Sent resendConfirmationCode(@PathParam("poolId") String poolId,
                                                        @PathParam("clientId") String clientId,
                                                        AppAccountRequests.SendCode body) {
        AppAccountRequests.SendCode request = RequestInput.body(body);
        return new CodeDeliveryView.Sent(CodeDeliveryView.of(accounts.resendConfirmationCode(poolId, clientId,
                request.secretHash(), RequestInput.field(request.username(), "username"), TriggerInput.NONE)));
    }

    @POST
    @Path("/forgot-password")
    @Operation(summary = "Send a password-reset code (ForgotPassword)")
    @APIResponse(responseCode = "200", description = "Where the code went")
    public CodeDeliveryView.Sent forgotPassword(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                                AppAccountRequests.SendCode body) {
        AppAccountRequests.SendCode request = RequestInput.body(body);
        return new CodeDeliveryView.Sent(CodeDeliveryView.of(accounts.forgotPassword(poolId, clientId,
                request.secretHash(), RequestInput.field(request.username(), "username"), TriggerInput.NONE)));
    }

    @POST
    @Path("/confirm-forgot-password")
    @Operation(summary = "Set a new password with a reset code (ConfirmForgotPassword)")
    @APIResponse(responseCode = "204", description = "Password replaced; the user is CONFIRMED")
    public void confirmForgotPassword(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                      AppAccountRequests.ConfirmForgotPassword body) {
        AppAccountRequests.ConfirmForgotPassword request = RequestInput.body(body);
        accounts.confirmForgotPassword(poolId, clientId, request.secretHash(),
                RequestInput.field(request.username(), "username"), RequestInput.field(request.code(), "code"),
                RequestInput.field(request.password(), "password"), TriggerInput.NONE);
    }
}
