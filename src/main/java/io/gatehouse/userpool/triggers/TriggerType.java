package io.gatehouse.userpool.triggers;

import io.gatehouse.userpool.Triggers;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Cognito Lambda triggers Gatehouse calls as webhooks. {@link #triggerName()} is the name
 * Cognito puts in UserLambdaValidationException messages ("PreAuthentication failed with error …").
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html">Customizing user pool workflows with Lambda triggers</a>
 */
public enum TriggerType {
    PRE_SIGN_UP("PreSignUp", Triggers::preSignUp),
    POST_CONFIRMATION("PostConfirmation", Triggers::postConfirmation),
    PRE_AUTHENTICATION("PreAuthentication", Triggers::preAuthentication),
    POST_AUTHENTICATION("PostAuthentication", Triggers::postAuthentication),
    PRE_TOKEN_GENERATION("PreTokenGeneration", Triggers::preTokenGeneration),
    CUSTOM_MESSAGE("CustomMessage", Triggers::customMessage),
    USER_MIGRATION("UserMigration", Triggers::userMigration);

    private final String triggerName;
    private final Function<Triggers, URI> url;

    TriggerType(String triggerName, Function<Triggers, URI> url) {
        this.triggerName = triggerName;
        this.url = url;
    }

    public String triggerName() {
        return triggerName;
    }

    /** The URL the pool configured for this trigger, if any. */
    public Optional<URI> url(Triggers triggers) {
        return Optional.ofNullable(url.apply(triggers));
    }
}
