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

/** SOFTWARE_TOKEN_MFA: a code from the user's authenticator app completes the sign-in with {@code mfa}. */
@ApplicationScoped
public class SoftwareTokenMfaChallenge implements ChallengeHandler {

    private final UserStore users;
    private final TotpCheck totp;
    private final Clock clock;

    public SoftwareTokenMfaChallenge(UserStore users, TotpCheck totp, Clock clock) {
        this.users = users;
        this.totp = totp;
        this.clock = clock;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.SOFTWARE_TOKEN_MFA;
    }

    @Override
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        String code = AuthParameters.require(responses, AuthParameters.SOFTWARE_TOKEN_MFA_CODE);
        PoolUser user = users.findBySub(session.sub()).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
        totp.requireCode(pool, user, code);
        return new SignInStep.SignedIn(new SignInResult(user, clock.instant(), List.of("pwd", "mfa", "otp")));
    }
}
