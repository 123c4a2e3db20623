package io.gatehouse.userpool.api;

import io.gatehouse.userpool.triggers.TriggerInput;
import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.AppAuthService;
import io.gatehouse.auth.Unsigned;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * App sign-in without a signature, as AWS leaves InitiateAuth, RespondToAuthChallenge and
 * AssociateSoftwareToken / VerifySoftwareToken with a Session unsigned:
 * {@code /api/v1/user-pools/{poolId}/clients/{clientId}/auth}. The client must belong to the pool
 * (else 404); a client with a secret requires {@code SECRET_HASH} among the parameters. Each step
 * answers a challenge or the tokens ({@link AuthResultView}). A wrong password and an unknown user
 * are the same 401 NotAuthorizedException.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a>
 */
@Path("/api/v1/user-pools/{poolId}/clients/{clientId}/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@SecurityRequirementsSet
@Tag(name = "App sign-in", description = "Sign-in flows and challenges, called by apps without a signature")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", description = "Wrong credentials, a wrong SECRET_HASH, or a replayed, expired or "
        + "foreign session (NotAuthorizedException)")
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AppSignInResource {

    private static final String PASSWORD_EXAMPLE = """
            {"flow": "USER_PASSWORD_AUTH", "parameters": {"USERNAME": "alice", "PASSWORD": "Correct-Horse-1"}}""";
    private static final String SRP_EXAMPLE = """
            {"flow": "USER_SRP_AUTH", "parameters": {"USERNAME": "alice", "SRP_A": "5f2c...e1"}}""";
    private static final String REFRESH_EXAMPLE = """
            {"flow": "REFRESH_TOKEN_AUTH", "parameters": {"REFRESH_TOKEN": "eyJjdHkiOiJKV1Qi..."}}""";
    private static final String TOTP_EXAMPLE = """
            {"name": "SOFTWARE_TOKEN_MFA", "session": "AYABeC...",
             "responses": {"USERNAME": "alice", "SOFTWARE_TOKEN_MFA_CODE": "123456"}}""";
    private static final String SRP_ANSWER_EXAMPLE = """
            {"name": "PASSWORD_VERIFIER", "session": "AYABeC...",
             "responses": {"USERNAME": "alice", "PASSWORD_CLAIM_SECRET_BLOCK": "...", "PASSWORD_CLAIM_SIGNATURE": "...",
                           "TIMESTAMP": "Sat Nov 28 05:18:08 UTC 2026"}}""";

    private final AppAuthService auth;

    public AppSignInResource(AppAuthService auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @POST
    @Unsigned
    @Operation(summary = "Start a sign-in (InitiateAuth)", description = "USER_PASSWORD_AUTH, USER_SRP_AUTH or "
            + "REFRESH_TOKEN_AUTH, if the client allows the flow. Answers a challenge or the tokens; a refresh "
            + "rotates the refresh token (the old one stops working)")
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "password", value = PASSWORD_EXAMPLE),
        @ExampleObject(name = "srp", value = SRP_EXAMPLE),
        @ExampleObject(name = "refresh", value = REFRESH_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "A challenge or the tokens")
    public AuthResultView initiate(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                   AppAuthRequests.Initiate body) {
        AppAuthRequests.Initiate request = RequestInput.body(body);
        return AuthResultView.of(auth.initiate(poolId, clientId, RequestInput.field(request.flow(), "flow"),
                parameters(request.parameters()), TriggerInput.NONE));
    }

    @POST
    @Path("/challenge")
    @Unsigned
    @Operation(summary = "Answer a sign-in challenge (RespondToAuthChallenge)", description = "The session is single "
            + "use: a wrong answer ends it, except a wrong MFA code, which may be retried with a new sign-in")
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "totp", value = TOTP_EXAMPLE),
        @ExampleObject(name = "srp", value = SRP_ANSWER_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Another challenge or the tokens")
    public AuthResultView respond(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                  AppAuthRequests.Respond body) {
        AppAuthRequests.Respond request = RequestInput.body(body);
        return AuthResultView.of(auth.respond(poolId, clientId, RequestInput.field(request.name(), "name"),
                RequestInput.field(request.session(), "session"), parameters(request.responses()), TriggerInput.NONE));
    }

    @POST
    @Path("/mfa-setup")
    @Unsigned
    @Operation(summary = "Get an authenticator secret inside a sign-in (AssociateSoftwareToken with Session)",
            description = "For an MFA_SETUP challenge: returns the Base32 secret and the session for mfa-setup/verify")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "setup", value = "{\"session\": \"AYABeC...\"}")))
    @APIResponse(responseCode = "200", description = "The secret and the next session")
    public AuthResultView.MfaSetup associate(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                             AppAuthRequests.MfaSetup body) {
        AppAuthRequests.MfaSetup request = RequestInput.body(body);
        Map.Entry<String, String> setup = auth.associateTotp(poolId, clientId,
                RequestInput.field(request.session(), "session"));
        return new AuthResultView.MfaSetup(setup.getKey(), setup.getValue());
    }

    @POST
    @Path("/mfa-setup/verify")
    @Unsigned
    @Operation(summary = "Verify the authenticator inside a sign-in (VerifySoftwareToken with Session)",
            description = "Returns the session to answer the MFA_SETUP challenge with at auth/challenge")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verify",
            value = "{\"session\": \"AYABeC...\", \"code\": \"123456\"}")))
    @APIResponse(responseCode = "200", description = "The session that completes MFA_SETUP")
    public AuthResultView.Session verify(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                                         AppAuthRequests.MfaSetupVerify body) {
        AppAuthRequests.MfaSetupVerify request = RequestInput.body(body);
        return new AuthResultView.Session(auth.verifyTotp(poolId, clientId,
                RequestInput.field(request.session(), "session"), RequestInput.field(request.code(), "code")));
    }

    /** Parameters and responses: may be absent, but must not hold a null value. */
    static Map<String, String> parameters(Map<String, String> values) {
        if (values == null) {
            return Map.of();
        }
        RequestInput.noNulls(values.values(), "parameters");
        return values;
    }
}
