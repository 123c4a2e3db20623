package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import java.util.Map;

/**
 * Events of the pre and post authentication triggers. Their answers carry nothing: the pre
 * authentication trigger rejects a sign-in by failing (an error status with a message).
 * <pre>
 * {"version": "1", "triggerSource": "PreAuthentication_Authentication", ...,
 *  "request": {"userAttributes": {"sub": "…", "email": "alice@example.com"}, "validationData": {}},
 *  "response": {}}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html">Pre authentication Lambda trigger</a>
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html">Post authentication Lambda trigger</a>
 */
public final class AuthenticationEvent {

    public static final String PRE_AUTHENTICATION = "PreAuthentication_Authentication";
    public static final String POST_AUTHENTICATION = "PostAuthentication_Authentication";

    private AuthenticationEvent() {
    }

    /**
     * The pre authentication event; {@code user} is null for a name no user has, which is sent
     * with {@code userNotFound: true} (Cognito does so when user existence errors are prevented).
     */
    public static ObjectNode preAuthentication(UserPool pool, String clientId, String userName, PoolUser user,
                                               Map<String, String> validationData) {
        ObjectNode event = TriggerEvent.create(pool, "1", PRE_AUTHENTICATION,
                user == null ? userName : user.username(), clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(user == null ? Map.of()
                : TriggerEvent.userAttributes(user)));
        request.set("validationData", TriggerEvent.stringMap(validationData));
        if (user == null) {
            request.put("userNotFound", true);
        }
        return event;
    }

    public static ObjectNode postAuthentication(UserPool pool, String clientId, PoolUser user,
                                                Map<String, String> clientMetadata) {
        ObjectNode event = TriggerEvent.create(pool, "1", POST_AUTHENTICATION, user.username(), clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(TriggerEvent.userAttributes(user)));
        request.put("newDeviceUsed", false);
        request.set("clientMetadata", TriggerEvent.stringMap(clientMetadata));
        return event;
    }
}
