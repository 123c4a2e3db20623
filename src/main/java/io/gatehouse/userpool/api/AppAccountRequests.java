package io.gatehouse.userpool.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of the app-facing account endpoints ({@link AppAccountResource}). {@code secretHash} is
 * Cognito's SECRET_HASH, {@code base64(HMAC-SHA256(client secret, username + client id))},
 * required for a client with a secret.
 */
public final class AppAccountRequests {

    private AppAccountRequests() {
    }

    /** e.g. {@code {"username": "alice", "password": "Correct-Horse-1", "attributes": {"email": "alice@example.com"}}} */
    @Schema(name = "SignUpRequest")
    public record SignUp(@Schema(required = true, example = "alice") String username,
                  @Schema(required = true, example = "Correct-Horse-1") String password,
                  @Schema(example = "{\"email\": \"alice@example.com\"}") Map<String, String> attributes,
                  String secretHash) {
    }

    /** e.g. {@code {"username": "alice", "code": "123456"}} */
    @Schema(name = "ConfirmSignUpRequest")
    public record ConfirmSignUp(@Schema(required = true, example = "alice") String username,
                         @Schema(required = true, example = "123456") String code,
                         @Schema(description = "Move a verified email alias from another user; default false")
                         Boolean forceAliasCreation,
                         String secretHash) {
    }

    /** e.g. {@code {"username": "alice"}} (resend a confirmation code, or ask for a password-reset code) */
    @Schema(name = "AccountCodeRequest")
    public record SendCode(@Schema(required = true, example = "alice") String username, String secretHash) {
    }

    /** e.g. {@code {"username": "alice", "code": "123456", "password": "New-Horse-2"}} */
    @Schema(name = "ConfirmForgotPasswordRequest")
    public record ConfirmForgotPassword(@Schema(required = true, example = "alice") String username,
                                 @Schema(required = true, example = "123456") String code,
                                 @Schema(required = true, example = "New-Horse-2") String password,
                                 String secretHash) {
    }
}
