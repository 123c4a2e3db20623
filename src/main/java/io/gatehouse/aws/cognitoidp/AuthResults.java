package io.gatehouse.aws.cognitoidp;

import io.gatehouse.appauth.AuthOutcome;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.oidc.message.TokenResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of InitiateAuth / RespondToAuthChallenge responses: either ChallengeName, Session and
 * ChallengeParameters, or AuthenticationResult (AccessToken, ExpiresIn, TokenType, RefreshToken,
 * IdToken) with empty ChallengeParameters, as Cognito answers.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a>
 */
final class AuthResults {

    private AuthResults() {
    }

    static JsonOutput of(AuthOutcome outcome) {
        if (outcome instanceof AuthOutcome.Challenge c) {
            return JsonOutput.object().put("ChallengeName", c.name().name()).put("Session", c.session())
                    .put("ChallengeParameters", map(c.parameters()));
        }
        TokenResponse tokens = ((AuthOutcome.Tokens) outcome).tokens();
        return JsonOutput.object().put("ChallengeParameters", JsonOutput.object())
                .put("AuthenticationResult", JsonOutput.object()
                        .put("AccessToken", tokens.accessToken())
                        .put("ExpiresIn", tokens.expiresIn())
                        .put("TokenType", "Bearer")
                        .put("RefreshToken", tokens.refreshToken())
                        .put("IdToken", tokens.idToken()));
    }

    private static JsonOutput map(Map<String, String> values) {
        JsonOutput out = JsonOutput.object();
        new TreeMap<>(values).forEach(out::put);
        return out;
    }
}
