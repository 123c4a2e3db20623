package io.gatehouse.userpool.signin;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPool;
import java.util.Map;

/** Answers one kind of challenge (RespondToAuthChallenge's ChallengeResponses) of a redeemed session. */
public interface ChallengeHandler {

    ChallengeName challenge();

    SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses);
}
