package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** SELECT_MFA_TYPE: a user with several factors and no preference picks one for this sign-in. */
@ApplicationScoped
public class SelectMfaTypeChallenge implements ChallengeHandler {

    private final UserStore users;
    private final SignInProgress progress;

    public SelectMfaTypeChallenge(UserStore users, SignInProgress progress) {
        this.users = users;
        this.progress = progress;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.SELECT_MFA_TYPE;
    }

    @Override
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        String answer = AuthParameters.require(responses, AuthParameters.ANSWER);
        MfaType factor;
        try {
            factor = MfaType.valueOf(answer);
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "ANSWER must be SOFTWARE_TOKEN_MFA or EMAIL_OTP");
        }
        if (!pool.settings().mfaOffered(factor)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, answer + " is not enabled in the pool");
        }
        PoolUser user = users.findBySub(session.sub()).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
        return progress.factorChallenge(pool, client, user, factor);
    }
}
