package io.gatehouse.appauth;

import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.userpool.signin.ChallengeName;
import java.util.Map;

/** The answer to InitiateAuth or RespondToAuthChallenge: another challenge, or the user's tokens. */
public sealed interface AuthOutcome {

    record Challenge(ChallengeName name, String session, Map<String, String> parameters) implements AuthOutcome {
        public Challenge {
            parameters = Map.copyOf(parameters);
        }
    }

    record Tokens(TokenResponse tokens) implements AuthOutcome {
    }
}
