package io.gatehouse.userpool.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gatehouse.appauth.AuthOutcome;
import io.gatehouse.oidc.message.TokenResponse;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of an app sign-in step: exactly one of {@code challenge} (answer it at
 * {@code auth/challenge} with its {@code session}) or {@code tokens}, e.g.
 * {@code {"tokens": {"accessToken": "eyJ...", "idToken": "eyJ...", "refreshToken": "eyJ...", "expiresIn": 3600, "tokenType": "Bearer"}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuthResult", description = "Either a challenge to answer or the user's tokens")
public record AuthResultView(Challenge challenge, Tokens tokens) {

    static AuthResultView of(AuthOutcome outcome) {
        if (outcome instanceof AuthOutcome.Challenge c) {
            return new AuthResultView(new Challenge(c.name().name(), c.session(), new TreeMap<>(c.parameters())), null);
        }
        TokenResponse t = ((AuthOutcome.Tokens) outcome).tokens();
        return new AuthResultView(null,
                new Tokens(t.accessToken(), t.idToken(), t.refreshToken(), t.expiresIn(), Tokens.BEARER));
    }

    /** e.g. {@code {"name": "SOFTWARE_TOKEN_MFA", "session": "...", "parameters": {"USER_ID_FOR_SRP": "alice"}}} */
    @Schema(name = "AuthChallenge")
    public record Challenge(
            @Schema(example = "SOFTWARE_TOKEN_MFA", description = "PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, "
                    + "SOFTWARE_TOKEN_MFA, EMAIL_OTP, SELECT_MFA_TYPE or MFA_SETUP") String name,
            @Schema(description = "Opaque, single use, short-lived") String session,
            Map<String, String> parameters) {
    }

    /** The tokens of a finished sign-in; {@code refreshToken} is absent when the client may not refresh. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuthTokens")
    public record Tokens(String accessToken, String idToken, String refreshToken,
                         @Schema(example = "3600") long expiresIn,
                         @Schema(example = "Bearer") String tokenType) {
        static final String BEARER = "Bearer";
    }

    /** {@code {"secretCode": "JBSWY3DPEHPK3PXP...", "session": "..."}}: an MFA_SETUP secret and the next session. */
    @Schema(name = "MfaSetupResult")
    public record MfaSetup(String secretCode, String session) {
    }

    /** {@code {"session": "..."}}: the session to answer MFA_SETUP with. */
    @Schema(name = "MfaSetupVerified")
    public record Session(String session) {
    }
}
