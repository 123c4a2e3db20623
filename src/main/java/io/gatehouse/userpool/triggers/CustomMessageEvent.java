package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.MessageTemplates;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import java.util.Map;

/**
 * The custom message event: before Gatehouse sends a code by email, the receiver may replace the
 * subject and text. The request carries the placeholders, not the code: {@code codeParameter} is
 * {@code {####}} and {@code usernameParameter} {@code {username}}, which Gatehouse fills in after
 * the answer. An answer whose message lacks {@code {####}} is InvalidLambdaResponseException.
 * <pre>
 * request:  {"userAttributes": {...}, "codeParameter": "{####}", "usernameParameter": "{username}", "clientMetadata": {}}
 * response: {"smsMessage": null, "emailMessage": "Welcome! Your code is {####}", "emailSubject": "Welcome"}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html">Custom message Lambda trigger</a>
 */
public final class CustomMessageEvent {

    public static final String SIGN_UP = "CustomMessage_SignUp";
    public static final String ADMIN_CREATE_USER = "CustomMessage_AdminCreateUser";
    public static final String RESEND_CODE = "CustomMessage_ResendCode";
    public static final String FORGOT_PASSWORD = "CustomMessage_ForgotPassword";
    public static final String UPDATE_USER_ATTRIBUTE = "CustomMessage_UpdateUserAttribute";
    public static final String VERIFY_USER_ATTRIBUTE = "CustomMessage_VerifyUserAttribute";
    public static final String AUTHENTICATION = "CustomMessage_Authentication";

    private CustomMessageEvent() {
    }

    public static ObjectNode of(UserPool pool, String source, String clientId, PoolUser user,
                                Map<String, String> clientMetadata) {
        ObjectNode event = TriggerEvent.create(pool, "1", source, user.username(), clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(TriggerEvent.userAttributes(user)));
        request.put("codeParameter", MessageTemplates.CODE);
        request.put("usernameParameter", MessageTemplates.USERNAME);
        request.set("clientMetadata", TriggerEvent.stringMap(clientMetadata));
        ObjectNode response = (ObjectNode) event.get(TriggerEvent.RESPONSE);
        response.putNull("smsMessage");
        response.putNull("emailMessage");
        response.putNull("emailSubject");
        return event;
    }

    /**
     * The replacement texts; null members keep the pool's template. An email message must keep
     * the code placeholder (for the invitation, the username placeholder too).
     */
    public static Result parse(ObjectNode answer, boolean needsUsername) {
        JsonNode response = TriggerEvent.response(answer);
        String message = TriggerEvent.optionalString(response, "emailMessage");
        String subject = TriggerEvent.optionalString(response, "emailSubject");
        String sms = TriggerEvent.optionalString(response, "smsMessage");
        if (message != null && (!message.contains(MessageTemplates.CODE)
                || needsUsername && !message.contains(MessageTemplates.USERNAME) || message.length() > 20_000)) {
            throw TriggerEvent.invalid();
        }
        if (subject != null && (subject.isBlank() || subject.length() > 140)) {
            throw TriggerEvent.invalid();
        }
        return new Result(subject, message, sms);
    }

    /** Texts the trigger chose; null members are left to the pool's templates. */
    public record Result(String emailSubject, String emailMessage, String smsMessage) {
        public static final Result NONE = new Result(null, null, null);
    }
}
