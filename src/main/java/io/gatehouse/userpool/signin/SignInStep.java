package io.gatehouse.userpool.signin;

import java.util.Map;

/** Where a sign-in stands after a step: another challenge to answer, or done. */
public sealed interface SignInStep {

    /** The client must answer {@code name}, quoting {@code session}. */
    record Challenge(ChallengeName name, String session, Map<String, String> parameters) implements SignInStep {
        public Challenge {
            parameters = Map.copyOf(parameters);
        }
    }

    /** The user is authenticated; tokens may be issued. */
    record SignedIn(SignInResult result) implements SignInStep {
    }
}
