package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import java.util.Map;

/**
 * The post confirmation event, after a user confirmed the sign-up or a forgotten-password reset.
 * The answer carries nothing.
 * <pre>
 * request: {"userAttributes": {"sub": "…", "cognito:user_status": "CONFIRMED", "email": "…"}, "clientMetadata": {}}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html">Post confirmation Lambda trigger</a>
 */
public final class PostConfirmationEvent {

    public static final String CONFIRM_SIGN_UP = "PostConfirmation_ConfirmSignUp";
    public static final String CONFIRM_FORGOT_PASSWORD = "PostConfirmation_ConfirmForgotPassword";

    private PostConfirmationEvent() {
    }

    public static ObjectNode of(UserPool pool, String source, String clientId, PoolUser user,
                                Map<String, String> clientMetadata) {
        ObjectNode event = TriggerEvent.create(pool, "1", source, user.username(), clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(TriggerEvent.userAttributes(user)));
        request.set("clientMetadata", TriggerEvent.stringMap(clientMetadata));
        return event;
    }
}
