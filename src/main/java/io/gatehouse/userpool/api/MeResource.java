package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.UserAttributeVerification;
import io.gatehouse.appauth.UserProfile;
import io.gatehouse.appauth.SignedInUser;
import io.gatehouse.appauth.UserSelfService;
import io.gatehouse.auth.Unsigned;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user's own account ({@code /api/v1/me}), authorized by their access token in
 * {@code Authorization: Bearer} instead of a SigV4 signature, as AWS leaves GetUser,
 * UpdateUserAttributes, ChangePassword, DeleteUser, GlobalSignOut,
 * GetUserAttributeVerificationCode and VerifyUserAttribute unsigned. The pool is the token's.
 * Each method is {@link Unsigned} on its own so nothing else under {@code /api/v1} is.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Me", description = "The signed-in user's own account, authorized by their access token")
@SecurityRequirement(name = GatehouseApi.ACCESS_TOKEN)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.INVALID_TOKEN)
public class MeResource {

    private final BearerTokens bearer;
    private final UserSelfService self;
    private final UserAttributeVerification attributes;

    public MeResource(BearerTokens bearer, UserSelfService self, UserAttributeVerification attributes) {
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.self = Objects.requireNonNull(self, "self");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
    }

    @GET
    @Unsigned
    @Operation(summary = "Describe me (GetUser)", description = "The attributes the app client may read and the MFA settings")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    public MeRequests.Me get(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        UserProfile me = self.profile(bearer.require(authorization));
        return new MeRequests.Me(me.username(), me.attributes(), MfaSettingsView.of(me.mfa()));
    }

    @PATCH
    @Path("/attributes")
    @Unsigned
    @Operation(summary = "Set or delete my attributes (UpdateUserAttributes)", description = "A null value deletes the "
            + "attribute; only attributes the app client may write. A changed email the pool verifies gets a code")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "changeEmail",
            value = "{\"email\": \"alice@example.org\", \"custom:team\": null}")))
    @APIResponse(responseCode = "200", description = "Where verification codes went (often an empty list)")
    public MeRequests.AttributesUpdated updateAttributes(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Map<String, String> body) {
        SignedInUser me = bearer.require(authorization);
        return new MeRequests.AttributesUpdated(attributes.updateAttributes(me, RequestInput.body(body))
                .stream().map(CodeDeliveryView::of).toList());
    }

    @POST
    @Path("/password")
    @Unsigned
    @Operation(summary = "Change my password (ChangePassword)", description = "A wrong previous password is "
            + "401 NotAuthorizedException without a WWW-Authenticate challenge")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change",
            value = "{\"previousPassword\": \"Correct-Horse-1\", \"proposedPassword\": \"New-Horse-2\"}")))
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               MeRequests.ChangePassword body) {
        SignedInUser me = bearer.require(authorization);
        MeRequests.ChangePassword request = RequestInput.body(body);
        self.changePassword(me, RequestInput.field(request.previousPassword(), "previousPassword"),
                RequestInput.field(request.proposedPassword(), "proposedPassword"));
    }

    @DELETE
    @Unsigned
    @Operation(summary = "Delete me (DeleteUser)", description = "The user and every token of theirs are gone")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        self.delete(bearer.require(authorization));
    }

    @POST
    @Path("/sign-out")
    @Consumes(MediaType.WILDCARD)
    @Unsigned
    @Operation(summary = "Sign me out everywhere (GlobalSignOut)", description = "Every refresh and access token of the "
            + "user stops working, this one included")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        self.globalSignOut(bearer.require(authorization));
    }

    @POST
    @Path("/attributes/{name}/verification-code")
    @Consumes(MediaType.WILDCARD)
    @Unsigned
    @Operation(summary = "Send a code to verify an attribute (GetUserAttributeVerificationCode)")
    @APIResponse(responseCode = "200", description = "Where the code went")
    public CodeDeliveryView.Sent sendCode(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(example = "email") @PathParam("name") String name) {
        return new CodeDeliveryView.Sent(CodeDeliveryView.of(attributes.sendCode(bearer.require(authorization), name)));
    }

    @POST
    @Path("/attributes/{name}/verify")
    @Unsigned
    @Operation(summary = "Verify an attribute with its code (VerifyUserAttribute)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "code", value = "{\"code\": \"123456\"}")))
    @APIResponse(responseCode = "204", description = "Verified: email_verified is true")
    public void verify(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @Parameter(example = "email") @PathParam("name") String name, MeRequests.Code body) {
        SignedInUser me = bearer.require(authorization);
        MeRequests.Code request = RequestInput.body(body);
        attributes.verify(me, name, RequestInput.field(request.code(), "code"));
    }
}
