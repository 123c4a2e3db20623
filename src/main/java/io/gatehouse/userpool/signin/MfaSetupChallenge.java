package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * MFA_SETUP: completes a sign-in once the user enrolled an authenticator app within it
 * (AssociateSoftwareToken and VerifySoftwareToken with the session); the verified code was the
 * second factor.
 */
@ApplicationScoped
public class MfaSetupChallenge implements ChallengeHandler {

    private final UserStore users;
    private final Clock clock;

    public MfaSetupChallenge(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.MFA_SETUP;
    }

    @Override
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        if (!Boolean.parseBoolean(session.state().get(TotpEnrollment.VERIFIED))) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "Set up MFA with AssociateSoftwareToken and VerifySoftwareToken first");
        }
        PoolUser user = users.findBySub(session.sub()).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
        return new SignInStep.SignedIn(new SignInResult(user, clock.instant(), List.of("pwd", "mfa", "otp")));
    }
}
