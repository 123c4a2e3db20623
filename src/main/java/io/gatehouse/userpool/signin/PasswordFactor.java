package io.gatehouse.userpool.signin;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/** USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH: the password travels to the server (over TLS). */
@ApplicationScoped
public class PasswordFactor implements FirstFactor {

    private final PasswordSignIn passwords;
    private final SignInProgress progress;

    public PasswordFactor(PasswordSignIn passwords, SignInProgress progress) {
        this.passwords = passwords;
        this.progress = progress;
    }

    @Override
    public Set<AuthFlow> flows() {
        return Set.of(AuthFlow.USER_PASSWORD_AUTH, AuthFlow.ADMIN_USER_PASSWORD_AUTH);
    }

    @Override
    public SignInStep start(UserPool pool, AppClient client, Map<String, String> parameters) {
        String username = AuthParameters.require(parameters, AuthParameters.USERNAME);
        String password = AuthParameters.require(parameters, AuthParameters.PASSWORD);
        return progress.afterPassword(pool, client, passwords.verify(pool, client, username, password));
    }

    @Override
    public boolean hashesPassword() {
        return true;
    }
}
