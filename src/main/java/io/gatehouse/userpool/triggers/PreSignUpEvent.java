package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.UserPool;
import java.util.Map;

/**
 * The pre sign-up event: the new user's attributes before the user is created. The answer may
 * confirm the user and mark the email or phone number verified; rejecting (an error status with
 * a message) fails the sign-up with UserLambdaValidationException.
 * <pre>
 * request:  {"userAttributes": {"email": "carol@example.com"}, "validationData": {}, "clientMetadata": {}}
 * response: {"autoConfirmUser": true, "autoVerifyEmail": true, "autoVerifyPhone": false}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html">Pre sign-up Lambda trigger</a>
 */
public final class PreSignUpEvent {

    public static final String SIGN_UP = "PreSignUp_SignUp";
    public static final String ADMIN_CREATE_USER = "PreSignUp_AdminCreateUser";
    public static final String EXTERNAL_PROVIDER = "PreSignUp_ExternalProvider";

    private PreSignUpEvent() {
    }

    public static ObjectNode of(UserPool pool, String source, String clientId, String userName,
                                Map<String, String> userAttributes, Map<String, String> validationData,
                                Map<String, String> clientMetadata) {
        ObjectNode event = TriggerEvent.create(pool, "1", source, userName, clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(userAttributes));
        request.set("validationData", TriggerEvent.stringMap(validationData));
        request.set("clientMetadata", TriggerEvent.stringMap(clientMetadata));
        event.set(TriggerEvent.RESPONSE, new ObjectNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance)
                .put("autoConfirmUser", false).put("autoVerifyEmail", false).put("autoVerifyPhone", false));
        return event;
    }

    public static Result parse(ObjectNode answer) {
        JsonNode response = TriggerEvent.response(answer);
        return new Result(Boolean.TRUE.equals(TriggerEvent.optionalBoolean(response, "autoConfirmUser")),
                Boolean.TRUE.equals(TriggerEvent.optionalBoolean(response, "autoVerifyEmail")),
                Boolean.TRUE.equals(TriggerEvent.optionalBoolean(response, "autoVerifyPhone")));
    }

    /**
     * What the trigger decided. As in Cognito, verifying an attribute only makes sense with
     * {@code autoConfirmUser}, and the attribute must be present.
     */
    public record Result(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {
        public static final Result NONE = new Result(false, false, false);
    }
}
