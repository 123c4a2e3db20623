package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signup.CodePurpose;
import io.gatehouse.userpool.signup.UserCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * EMAIL_OTP: the code mailed when the challenge was issued completes the sign-in with
 * {@code mfa}. The code is single use, expires after a few minutes and dies after too many wrong
 * attempts (the rules of every one-time code, {@link UserCodes}).
 */
@ApplicationScoped
public class EmailOtpChallenge implements ChallengeHandler {

    private final UserStore users;
    private final UserCodes codes;
    private final Clock clock;

    public EmailOtpChallenge(UserStore users, UserCodes codes, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.EMAIL_OTP;
    }

    @Override
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        String code = AuthParameters.require(responses, AuthParameters.EMAIL_OTP_CODE);
        PoolUser user = users.findBySub(session.sub()).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
        codes.redeem(pool, user, CodePurpose.MFA_EMAIL, code);
        return new SignInStep.SignedIn(new SignInResult(user, clock.instant(), List.of("pwd", "mfa", "otp")));
    }
}
