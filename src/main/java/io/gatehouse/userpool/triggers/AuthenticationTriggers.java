package io.gatehouse.userpool.triggers;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in triggers: pre authentication (may reject), post authentication (may reject, after
 * the user is authenticated and before tokens), and user migration (may supply a user the pool
 * does not have yet). Each is a no-op when the pool has no webhook for it.
 */
@ApplicationScoped
public class AuthenticationTriggers {

    private final TriggerInvoker invoker;
    private final SignInMetadata metadata;

    public AuthenticationTriggers(TriggerInvoker invoker, SignInMetadata metadata) {
        this.invoker = invoker;
        this.metadata = metadata;
    }

    /**
     * Before the password is checked. {@code user} is null for a name no user has: the trigger
     * is then called with {@code userNotFound} only when the client prevents user existence
     * errors, as in Cognito. A rejection is UserLambdaValidationException.
     */
    public void preAuthentication(UserPool pool, AppClient client, String userName, PoolUser user) {
        if (!invoker.configured(pool, TriggerType.PRE_AUTHENTICATION)
                || user == null && (client == null || !client.settings().preventUserExistenceErrors())) {
            return;
        }
        invoker.invoke(pool, TriggerType.PRE_AUTHENTICATION,
                AuthenticationEvent.preAuthentication(pool, clientId(client), userName, user,
                        validationData().values()));
    }

    /** After the last factor, before tokens are issued. A rejection is UserLambdaValidationException. */
    public void postAuthentication(UserPool pool, AppClient client, PoolUser user) {
        if (!invoker.configured(pool, TriggerType.POST_AUTHENTICATION)) {
            return;
        }
        invoker.invoke(pool, TriggerType.POST_AUTHENTICATION,
                AuthenticationEvent.postAuthentication(pool, clientId(client), user, clientMetadata().values()));
    }

    /** Whether a failed lookup should ask the user migration trigger. */
    public boolean migrates(UserPool pool) {
        return invoker.configured(pool, TriggerType.USER_MIGRATION);
    }

    /**
     * Asks the user migration trigger about a sign-in name no user has; empty when the pool has
     * no such trigger or the trigger does not know the user. Failures propagate (the caller
     * decides what the user sees).
     */
    public Optional<UserMigrationEvent.Migrated> migrateUser(UserPool pool, AppClient client, String userName,
                                                             String password) {
        if (!migrates(pool)) {
            return Optional.empty();
        }
        return Optional.ofNullable(UserMigrationEvent.parse(invoker.invoke(pool, TriggerType.USER_MIGRATION,
                UserMigrationEvent.of(pool, UserMigrationEvent.AUTHENTICATION, clientId(client), userName, password,
                        validationData().values(), Map.of()))));
    }

    /** InitiateAuth's ClientMetadata; empty outside a request (jobs, tests calling services directly). */
    private TriggerInput validationData() {
        try {
            return metadata.validationData();
        } catch (ContextNotActiveException e) {
            return TriggerInput.NONE;
        }
    }

    /** RespondToAuthChallenge's ClientMetadata; empty outside a request. */
    private TriggerInput clientMetadata() {
        try {
            return metadata.clientMetadata();
        } catch (ContextNotActiveException e) {
            return TriggerInput.NONE;
        }
    }

    private static String clientId(AppClient client) {
        return client == null ? null : client.clientId();
    }
}
