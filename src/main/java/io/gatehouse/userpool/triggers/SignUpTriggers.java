package io.gatehouse.userpool.triggers;

import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-up triggers the {@code userpool.signup} flows call: pre sign-up (before the user is
 * stored; may reject, confirm, verify), post confirmation (after ConfirmSignUp, AdminConfirmSignUp
 * or ConfirmForgotPassword), custom message (before a code is emailed) and user migration for
 * ForgotPassword. Each is a no-op returning the default when the pool has no webhook for it.
 * <pre>{@code
 * PreSignUpEvent.Result decided = signUpTriggers.preSignUp(pool, PreSignUpEvent.SIGN_UP, clientId,
 *         username, attributes, validationData, clientMetadata);   // throws UserLambdaValidationException
 * }</pre>
 */
@ApplicationScoped
public class SignUpTriggers {

    private final TriggerInvoker invoker;

    public SignUpTriggers(TriggerInvoker invoker) {
        this.invoker = invoker;
    }

    /** {@code source} is one of {@link PreSignUpEvent}'s trigger sources. */
    public PreSignUpEvent.Result preSignUp(UserPool pool, String source, String clientId, String userName,
                                           Map<String, String> userAttributes, Map<String, String> validationData,
                                           Map<String, String> clientMetadata) {
        if (!invoker.configured(pool, TriggerType.PRE_SIGN_UP)) {
            return PreSignUpEvent.Result.NONE;
        }
        return PreSignUpEvent.parse(invoker.invoke(pool, TriggerType.PRE_SIGN_UP,
                PreSignUpEvent.of(pool, source, clientId, userName, userAttributes, validationData, clientMetadata)));
    }

    /** {@code source} is one of {@link PostConfirmationEvent}'s trigger sources. */
    public void postConfirmation(UserPool pool, String source, String clientId, PoolUser user,
                                 Map<String, String> clientMetadata) {
        if (invoker.configured(pool, TriggerType.POST_CONFIRMATION)) {
            invoker.invoke(pool, TriggerType.POST_CONFIRMATION,
                    PostConfirmationEvent.of(pool, source, clientId, user, clientMetadata));
        }
    }

    /**
     * UserMigration_ForgotPassword: asks the user migration trigger about a name no user has (no
     * password: the user is about to reset it). Empty when the pool has no such trigger or the
     * trigger does not know the user; failures propagate.
     */
    public Optional<UserMigrationEvent.Migrated> migrateForForgotPassword(UserPool pool, String clientId,
                                                                          String userName,
                                                                          Map<String, String> clientMetadata) {
        if (!invoker.configured(pool, TriggerType.USER_MIGRATION)) {
            return Optional.empty();
        }
        return Optional.ofNullable(UserMigrationEvent.parse(invoker.invoke(pool, TriggerType.USER_MIGRATION,
                UserMigrationEvent.of(pool, UserMigrationEvent.FORGOT_PASSWORD, clientId, userName, null, Map.of(),
                        clientMetadata))));
    }

    /**
     * {@code source} is one of {@link CustomMessageEvent}'s trigger sources; {@code needsUsername}
     * for the invitation (AdminCreateUser), whose text must keep the username placeholder.
     */
    public CustomMessageEvent.Result customMessage(UserPool pool, String source, String clientId, PoolUser user,
                                                   Map<String, String> clientMetadata, boolean needsUsername) {
        if (!invoker.configured(pool, TriggerType.CUSTOM_MESSAGE)) {
            return CustomMessageEvent.Result.NONE;
        }
        return CustomMessageEvent.parse(invoker.invoke(pool, TriggerType.CUSTOM_MESSAGE,
                CustomMessageEvent.of(pool, source, clientId, user, clientMetadata)), needsUsername);
    }
}
