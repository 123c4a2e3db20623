package io.gatehouse.appauth;

import io.gatehouse.userpool.signup.CodeDelivery;
import io.gatehouse.userpool.signup.PasswordRecovery;
import io.gatehouse.userpool.signup.SignUpResult;
import io.gatehouse.userpool.signup.SignUpService;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;

/**
 * The unsigned account calls an app makes for its users (Cognito's SignUp, ConfirmSignUp,
 * ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword): the app client is identified
 * by its id and, when it has a secret, by the SECRET_HASH of the username, then the
 * {@code userpool.signup} services do the work. {@code poolId}, when given (the native API's
 * path), must be the client's pool.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html">Signing up and confirming user accounts</a>
 */
@ApplicationScoped
public class AppAccounts {

    private final AppClientCheck clients;
    private final SignUpService signUps;
    private final PasswordRecovery recovery;

    public AppAccounts(AppClientCheck clients, SignUpService signUps, PasswordRecovery recovery) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.signUps = Objects.requireNonNull(signUps, "signUps");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
    }

    public SignUpResult signUp(String poolId, String clientId, String secretHash, String username, String password,
                               Map<String, String> attributes, TriggerInput validationData,
                               TriggerInput clientMetadata) {
        AppClientCheck.Caller caller = caller(poolId, clientId, secretHash, username);
        return signUps.signUp(caller.pool(), caller.client(), username, password, attributes, validationData,
                clientMetadata);
    }

    public void confirmSignUp(String poolId, String clientId, String secretHash, String username, String code,
                              boolean forceAliasCreation, TriggerInput clientMetadata) {
        AppClientCheck.Caller caller = caller(poolId, clientId, secretHash, username);
        signUps.confirm(caller.pool(), caller.client(), username, code, forceAliasCreation, clientMetadata);
    }

    public CodeDelivery resendConfirmationCode(String poolId, String clientId, String secretHash, String username,
                                               TriggerInput clientMetadata) {
        AppClientCheck.Caller caller = caller(poolId, clientId, secretHash, username);
        return signUps.resend(caller.pool(), caller.client(), username, clientMetadata);
    }

    public CodeDelivery forgotPassword(String poolId, String clientId, String secretHash, String username,
                                       TriggerInput clientMetadata) {
        AppClientCheck.Caller caller = caller(poolId, clientId, secretHash, username);
        return recovery.forgot(caller.pool(), caller.client(), username, clientMetadata);
    }

    public void confirmForgotPassword(String poolId, String clientId, String secretHash, String username, String code,
                                      String password, TriggerInput clientMetadata) {
        AppClientCheck.Caller caller = caller(poolId, clientId, secretHash, username);
        recovery.confirm(caller.pool(), caller.client(), username, code, password, clientMetadata);
    }

    private AppClientCheck.Caller caller(String poolId, String clientId, String secretHash, String username) {
        AppClientCheck.Caller caller = clients.client(poolId, clientId);
        clients.requireSecretHash(caller.client(), username, secretHash);
        return caller;
    }
}
