package io.gatehouse.appauth;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.signin.AppSignIn;
import io.gatehouse.userpool.signin.AuthParameters;
import io.gatehouse.userpool.signin.ChallengeName;
import io.gatehouse.userpool.signin.SignInStep;
import io.gatehouse.userpool.signin.TotpEnrollment;
import io.gatehouse.userpool.triggers.SignInMetadata;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;

/**
 * App sign-in as Cognito's InitiateAuth / RespondToAuthChallenge and their Admin* forms: the
 * client is identified (and its SECRET_HASH checked), the sign-in state machine runs, and a
 * finished sign-in gets its tokens. The admin forms are called with the caller's account, which
 * must own the pool; only they may use ADMIN_USER_PASSWORD_AUTH.
 */
@ApplicationScoped
public class AppAuthService {

    private final AppClientCheck clients;
    private final AppSignIn signIn;
    private final AppTokens tokens;
    private final UserPoolService pools;
    private final TotpEnrollment enrollment;
    private final SignInMetadata metadata;

    public AppAuthService(AppClientCheck clients, AppSignIn signIn, AppTokens tokens, UserPoolService pools,
                          TotpEnrollment enrollment, SignInMetadata metadata) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * InitiateAuth (unsigned); {@code poolId}, when given (the native API's path), must be the
     * client's pool; {@code clientMetadata} reaches pre authentication and user migration as
     * validationData.
     */
    public AuthOutcome initiate(String poolId, String clientId, String flow, Map<String, String> parameters,
                                TriggerInput clientMetadata) {
        metadata.initiateAuth(clientMetadata);
        AuthFlow parsed = flow(flow);
        if (parsed == AuthFlow.ADMIN_USER_PASSWORD_AUTH) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "ADMIN_USER_PASSWORD_AUTH is only available through AdminInitiateAuth");
        }
        return initiate(clients.client(poolId, clientId), parsed, parameters);
    }

    /** AdminInitiateAuth (signed): the pool must belong to the caller's account. */
    public AuthOutcome adminInitiate(String accountId, String poolId, String clientId, String flow,
                                     Map<String, String> parameters, TriggerInput clientMetadata) {
        pools.get(accountId, poolId);
        metadata.initiateAuth(clientMetadata);
        AuthFlow parsed = flow(flow);
        if (parsed == AuthFlow.USER_PASSWORD_AUTH) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "USER_PASSWORD_AUTH is only available through InitiateAuth");
        }
        return initiate(clients.client(poolId, clientId), parsed, parameters);
    }

    /**
     * RespondToAuthChallenge (unsigned); {@code poolId}, when given, must be the client's pool;
     * {@code clientMetadata} reaches post authentication and pre token generation.
     */
    public AuthOutcome respond(String poolId, String clientId, String challenge, String session,
                               Map<String, String> responses, TriggerInput clientMetadata) {
        metadata.respondToAuthChallenge(clientMetadata);
        return respond(clients.client(poolId, clientId), challenge, session, responses);
    }

    /**
     * AssociateSoftwareToken with the Session of an MFA_SETUP challenge, for a caller that names
     * its client (the native API): the session must have been issued to that client. Returns the
     * Base32 secret and the session for the verification step.
     */
    public Map.Entry<String, String> associateTotp(String poolId, String clientId, String session) {
        return enrollment.associateInSignIn(clients.client(poolId, clientId).client(), session);
    }

    /** VerifySoftwareToken with a Session, as {@link #associateTotp}: the session that completes MFA_SETUP. */
    public String verifyTotp(String poolId, String clientId, String session, String code) {
        return enrollment.verifyInSignIn(clients.client(poolId, clientId).client(), session, code);
    }

    /** AdminRespondToAuthChallenge (signed). */
    public AuthOutcome adminRespond(String accountId, String poolId, String clientId, String challenge, String session,
                                    Map<String, String> responses, TriggerInput clientMetadata) {
        pools.get(accountId, poolId);
        metadata.respondToAuthChallenge(clientMetadata);
        return respond(clients.client(poolId, clientId), challenge, session, responses);
    }

    private AuthOutcome initiate(AppClientCheck.Caller caller, AuthFlow flow, Map<String, String> parameters) {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        if (flow == AuthFlow.REFRESH_TOKEN_AUTH) {
            String refreshToken = AuthParameters.require(params, AuthParameters.REFRESH_TOKEN);
            clients.requireSecretHash(caller.client(), params.get(AuthParameters.USERNAME),
                    params.get(AuthParameters.SECRET_HASH));
            return new AuthOutcome.Tokens(tokens.refresh(caller.client(), refreshToken));
        }
        clients.requireSecretHash(caller.client(), params.get(AuthParameters.USERNAME), params.get(AuthParameters.SECRET_HASH));
        return outcome(caller, signIn.start(caller.pool(), caller.client(), flow, params));
    }

    private AuthOutcome respond(AppClientCheck.Caller caller, String challenge, String session,
                                Map<String, String> responses) {
        Map<String, String> answers = responses == null ? Map.of() : responses;
        clients.requireSecretHash(caller.client(), answers.get(AuthParameters.USERNAME),
                answers.get(AuthParameters.SECRET_HASH));
        return outcome(caller, signIn.answer(caller.pool(), caller.client(), challenge(challenge), session, answers));
    }

    private AuthOutcome outcome(AppClientCheck.Caller caller, SignInStep step) {
        if (step instanceof SignInStep.Challenge c) {
            return new AuthOutcome.Challenge(c.name(), c.session(), c.parameters());
        }
        return new AuthOutcome.Tokens(tokens.issue(caller.client(), ((SignInStep.SignedIn) step).result()));
    }

    private static AuthFlow flow(String value) {
        try {
            return AuthFlow.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + value + "' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set");
        }
    }

    private static ChallengeName challenge(String value) {
        try {
            return ChallengeName.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Unsupported challenge name");
        }
    }
}
