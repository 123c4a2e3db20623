package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.SrpVerifiers;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.srp.SrpParameterException;
import io.gatehouse.userpool.signin.srp.SrpSession;
import io.gatehouse.userpool.signin.srp.SrpTimestamp;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * USER_SRP_AUTH, second leg: the client proves it knows the password by signing the secret block
 * and its timestamp with the SRP session key. The secret block must be the one this session
 * issued, and the timestamp within 5 minutes of the server's clock, so a claim cannot be kept
 * and replayed later (the session is single use besides).
 */
@ApplicationScoped
public class PasswordVerifierChallenge implements ChallengeHandler {

    private static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);

    private final UserStore users;
    private final PasswordSignIn passwords;
    private final SignInProgress progress;
    private final Clock clock;

    public PasswordVerifierChallenge(UserStore users, PasswordSignIn passwords, SignInProgress progress, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.PASSWORD_VERIFIER;
    }

    @Override
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        String secretBlock = AuthParameters.require(responses, AuthParameters.PASSWORD_CLAIM_SECRET_BLOCK);
        String signature = AuthParameters.require(responses, AuthParameters.PASSWORD_CLAIM_SIGNATURE);
        SrpTimestamp timestamp = timestamp(AuthParameters.require(responses, AuthParameters.TIMESTAMP));
        Map<String, String> state = session.state();
        Optional<PoolUser> user = session.sub() == null ? Optional.empty() : users.findBySub(session.sub());
        boolean proven;
        try {
            proven = !Boolean.parseBoolean(state.get(SrpFactor.DECOY))
                    && SecretDigest.matches(secretBlock, state.get(SrpFactor.SECRET_BLOCK_HASH))
                    && fresh(timestamp)
                    && SrpSession.parse(state.get(SrpFactor.KEY)).verify(SrpVerifiers.srpPoolName(pool.id()),
                            state.get(AuthParameters.USER_ID_FOR_SRP), secretBlock, timestamp, signature);
        } catch (SrpParameterException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, e.getMessage());
        }
        PoolUser verified = passwords.concludeProof(pool, client, state.get(AuthParameters.USERNAME), user, proven);
        return progress.afterPassword(pool, client, verified);
    }

    private boolean fresh(SrpTimestamp timestamp) {
        return Duration.between(timestamp.instant(), clock.instant()).abs().compareTo(TIMESTAMP_WINDOW) <= 0;
    }

    private static SrpTimestamp timestamp(String text) {
        try {
            return SrpTimestamp.parse(text);
        } catch (SrpParameterException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, e.getMessage());
        }
    }
}
