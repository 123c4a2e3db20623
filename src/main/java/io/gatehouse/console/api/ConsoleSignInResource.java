package io.gatehouse.console.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.auth.Unsigned;
import io.gatehouse.console.ConsoleCredentials;
import io.gatehouse.console.ConsoleSession;
import io.gatehouse.console.ConsoleSignIn;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/console/sign-in}: console sign-in without a signature. The session it returns
 * signs requests as temporary credentials (access key id, secret, session token) and authenticates
 * native API calls as {@code Authorization: Bearer <sessionToken>}.
 */
@Path("/api/v1/console/sign-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@SecurityRequirementsSet
@Tag(name = "Console sign-in", description = "Password (and MFA) sign-in of root and IAM users to an STS-style session")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", description = "Wrong credentials (NotAuthorizedException, the same for an unknown "
        + "account or user) or an MFA code is needed (MfaRequired)")
@APIResponse(responseCode = "429", description = "Too many failed attempts for this principal or address")
public class ConsoleSignInResource {

    private static final String USER_EXAMPLE = """
            {"account": "123456789012", "userName": "alice", "password": "Correct-Horse-1", "mfaCode": "123456"}""";
    private static final String ROOT_EXAMPLE = """
            {"email": "root@example.com", "password": "Correct-Horse-1", "durationSeconds": 3600}""";

    private final ConsoleSignIn signIn;
    private final RequestOrigin origin;

    public ConsoleSignInResource(ConsoleSignIn signIn, RequestOrigin origin) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    @POST
    @Unsigned
    @Operation(summary = "Sign in with a password (and MFA code)", description = "Root: email + password. IAM user: "
            + "account id or alias + userName + password. With an MFA device, mfaCode is required. durationSeconds "
            + "900 to 43200 (root: 3600), default 3600")
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "iam-user", value = USER_EXAMPLE),
        @ExampleObject(name = "root", value = ROOT_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The session and its credentials")
    public SessionView signIn(SignInRequest body) {
        SignInRequest request = RequestInput.body(body);
        Duration duration = request.durationSeconds() == null ? ConsoleCredentials.DEFAULT_DURATION
                : Duration.ofSeconds(request.durationSeconds());
        ConsoleCredentials credentials = new ConsoleCredentials(request.email(), request.account(), request.userName(),
                RequestInput.field(request.password(), "password"), request.mfaCode(), duration);
        return SessionView.of(signIn.signIn(credentials, origin.ip()));
    }

    /** The sign-in body. */
    public record SignInRequest(String email, String account, String userName, String password, String mfaCode,
                                Long durationSeconds) {

        @Override
        public String toString() {
            return "SignInRequest[" + account + "/" + userName + "]";
        }
    }

    /** The session: who, the credentials, and whether MFA was proved. */
    public record SessionView(String accountId, String principalArn, CredentialsView credentials, boolean multiFactor,
                              boolean passwordResetRequired) {

        static SessionView of(ConsoleSession session) {
            return new SessionView(session.accountId(), session.principalArn(), new CredentialsView(
                    session.credentials().accessKeyId(), session.credentials().secretAccessKey(),
                    session.credentials().sessionToken(), session.credentials().expiration()),
                    session.multiFactor(), session.passwordResetRequired());
        }
    }

    /** Temporary credentials, as STS names their parts. */
    public record CredentialsView(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

        @Override
        public String toString() {
            return "CredentialsView[" + accessKeyId + "]";
        }
    }
}
