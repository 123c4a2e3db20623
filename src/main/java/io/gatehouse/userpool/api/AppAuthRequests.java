package io.gatehouse.userpool.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of the app sign-in endpoints ({@link AppSignInResource}, {@link AppTokenResource},
 * {@link AdminAuthResource}). Parameter and response names inside {@code parameters} and
 * {@code responses} are Cognito's AuthParameters / ChallengeResponses keys, spelled as on the
 * AWS wire ({@code USERNAME}, {@code PASSWORD}, {@code SRP_A}, {@code SECRET_HASH}...).
 */
public final class AppAuthRequests {

    private AppAuthRequests() {
    }

    /** e.g. {@code {"flow": "USER_PASSWORD_AUTH", "parameters": {"USERNAME": "alice", "PASSWORD": "Correct-Horse-1"}}} */
    @Schema(name = "InitiateAuthRequest")
    public record Initiate(
            @Schema(required = true, example = "USER_PASSWORD_AUTH", description = "USER_PASSWORD_AUTH, USER_SRP_AUTH "
                    + "or REFRESH_TOKEN_AUTH (ADMIN_USER_PASSWORD_AUTH on admin-auth only)") String flow,
            @Schema(example = "{\"USERNAME\": \"alice\", \"PASSWORD\": \"Correct-Horse-1\"}")
            Map<String, String> parameters) {
    }

    /** e.g. {@code {"name": "SOFTWARE_TOKEN_MFA", "session": "...", "responses": {"USERNAME": "alice", "SOFTWARE_TOKEN_MFA_CODE": "123456"}}} */
    @Schema(name = "RespondToChallengeRequest")
    public record Respond(
            @Schema(required = true, example = "SOFTWARE_TOKEN_MFA") String name,
            @Schema(required = true, description = "The session of the challenge being answered") String session,
            @Schema(example = "{\"USERNAME\": \"alice\", \"SOFTWARE_TOKEN_MFA_CODE\": \"123456\"}")
            Map<String, String> responses) {
    }

    /** e.g. {@code {"session": "..."}}: the session of an MFA_SETUP challenge. */
    @Schema(name = "MfaSetupRequest")
    public record MfaSetup(@Schema(required = true) String session) {
    }

    /** e.g. {@code {"session": "...", "code": "123456"}} */
    @Schema(name = "MfaSetupVerifyRequest")
    public record MfaSetupVerify(@Schema(required = true) String session,
                                 @Schema(required = true, example = "123456") String code) {
    }

    /** e.g. {@code {"token": "<refresh token>"}}; a client with a secret adds {@code clientSecret}. */
    @Schema(name = "RevokeTokenRequest")
    public record Revoke(@Schema(required = true, description = "A refresh token") String token, String clientSecret) {
    }
}
