package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.TotpSecret;
import io.gatehouse.appauth.SignedInUser;
import io.gatehouse.appauth.UserSelfService;
import io.gatehouse.auth.Unsigned;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
 * The signed-in user's second factors ({@code /api/v1/me/mfa}), authorized by the access token
 * as {@link MeResource}: enrol an authenticator app (AssociateSoftwareToken, VerifySoftwareToken)
 * and choose the factors (SetUserMFAPreference).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html">AssociateSoftwareToken</a>
 */
@Path("/api/v1/me/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Me")
@SecurityRequirement(name = GatehouseApi.ACCESS_TOKEN)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.INVALID_TOKEN)
public class MeMfaResource {

    private final BearerTokens bearer;
    private final UserSelfService self;

    public MeMfaResource(BearerTokens bearer, UserSelfService self) {
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.self = Objects.requireNonNull(self, "self");
    }

    @POST
    @Path("/totp")
    @Consumes(MediaType.WILDCARD)
    @Unsigned
    @Operation(summary = "Get a new authenticator secret (AssociateSoftwareToken)", description = "It replaces any "
            + "earlier one but counts only once verified with totp/verify")
    @APIResponse(responseCode = "200", description = "The secret, Base32 and as an otpauth:// URI")
    public MeRequests.TotpSecret associate(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        TotpSecret secret = self.associateSoftwareToken(bearer.require(authorization));
        return new MeRequests.TotpSecret(secret.secretCode(), secret.otpauthUri());
    }

    @POST
    @Path("/totp/verify")
    @Unsigned
    @Operation(summary = "Verify the authenticator with a code (VerifySoftwareToken)", description = "From then on "
            + "TOTP is an enabled factor; a wrong code is EnableSoftwareTokenMFAException")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "code", value = "{\"code\": \"123456\"}")))
    @APIResponse(responseCode = "204", description = "Verified")
    public void verify(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       MeRequests.Code body) {
        SignedInUser me = bearer.require(authorization);
        MeRequests.Code request = RequestInput.body(body);
        self.verifySoftwareToken(me, RequestInput.field(request.code(), "code"));
    }

    @PUT
    @Unsigned
    @Operation(summary = "Choose my second factors (SetUserMFAPreference)", description = "An absent factor stays as it is")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "totpPreferred",
            value = "{\"totp\": {\"enabled\": true, \"preferred\": true}, \"email\": {\"enabled\": false, \"preferred\": false}}")))
    @APIResponse(responseCode = "204", description = "Preferences set")
    public void set(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                    MfaSettingsView body) {
        SignedInUser me = bearer.require(authorization);
        MfaSettingsView request = RequestInput.body(body);
        self.setMfaPreference(me, MfaSettingsView.setting(request.totp()),
                MfaSettingsView.setting(request.email()));
    }
}
