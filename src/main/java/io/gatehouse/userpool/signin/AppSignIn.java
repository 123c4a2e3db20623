package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.triggers.AuthenticationTriggers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The app sign-in state machine (InitiateAuth / RespondToAuthChallenge): a flow starts with its
 * {@link FirstFactor}, each challenge is answered by its {@link ChallengeHandler}, and every
 * answer redeems the single-use session of the challenge it answers. The client has already
 * been authenticated (SECRET_HASH) by the caller. A finished sign-in passes the pool's post
 * authentication trigger before the caller issues tokens.
 */
@ApplicationScoped
public class AppSignIn {

    private final Map<AuthFlow, FirstFactor> flows = new EnumMap<>(AuthFlow.class);
    private final Map<ChallengeName, ChallengeHandler> challenges = new EnumMap<>(ChallengeName.class);
    private final AuthSessions sessions;
    private final AuthenticationTriggers triggers;
    private final SignInProgress progress;
    private final HashingAdmission admission;

    public AppSignIn(Instance<FirstFactor> firstFactors, Instance<ChallengeHandler> handlers, AuthSessions sessions,
                     AuthenticationTriggers triggers, SignInProgress progress, HashingAdmission admission) {
        this.progress = progress;
        this.admission = admission;
        firstFactors.forEach(f -> f.flows().forEach(flow -> flows.put(flow, f)));
        handlers.forEach(h -> challenges.put(h.challenge(), h));
        this.sessions = sessions;
        this.triggers = triggers;
    }

    /** One transaction per sign-in step; a step that hashes a password is admitted before it begins. */
    public SignInStep start(UserPool pool, AppClient client, AuthFlow flow, Map<String, String> parameters) {
        FirstFactor factor = flows.get(flow);
        if (factor == null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Unsupported auth flow " + flow);
        }
        if (!client.settings().allows(flow)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Auth flow not enabled for this client");
        }
        Supplier<SignInStep> step = () -> QuarkusTransaction.joiningExisting()
                .call(() -> authenticated(pool, client, factor.start(pool, client, parameters)));
        return factor.hashesPassword() ? admission.admit(step) : step.get();
    }

    @Transactional
    public SignInStep answer(UserPool pool, AppClient client, ChallengeName challenge, String session,
                             Map<String, String> responses) {
        ChallengeHandler handler = challenges.get(challenge);
        if (handler == null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Unsupported challenge " + challenge);
        }
        return authenticated(pool, client, handler.answer(pool, client, sessions.take(session, client, challenge),
                responses));
    }

    /**
     * Continues a sign-in whose password was verified elsewhere (the hosted login page): status,
     * second factor, and the post authentication trigger once done.
     */
    @Transactional
    public SignInStep afterPassword(UserPool pool, AppClient client, PoolUser user) {
        return authenticated(pool, client, progress.afterPassword(pool, client, user));
    }

    private SignInStep authenticated(UserPool pool, AppClient client, SignInStep step) {
        if (step instanceof SignInStep.SignedIn signedIn) {
            triggers.postAuthentication(pool, client, signedIn.result().user());
        }
        return step;
    }
}
