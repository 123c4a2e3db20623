package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserStatus;
import java.util.List;
import java.util.Map;

/**
 * The user migration event: a sign-in name no user has, with the password the user typed, so the
 * receiver can check it against the old directory. An answer with {@code userAttributes} means
 * "create this user with this password".
 * <pre>
 * request:  {"password": "…", "validationData": {}, "clientMetadata": {}}
 * response: {"userAttributes": {"email": "bob@example.com", "email_verified": "true"},
 *            "finalUserStatus": "CONFIRMED", "messageAction": "SUPPRESS"}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html">Migrate user Lambda trigger</a>
 */
public final class UserMigrationEvent {

    public static final String AUTHENTICATION = "UserMigration_Authentication";
    public static final String FORGOT_PASSWORD = "UserMigration_ForgotPassword";

    private UserMigrationEvent() {
    }

    public static ObjectNode of(UserPool pool, String source, String clientId, String userName, String password,
                                Map<String, String> validationData, Map<String, String> clientMetadata) {
        ObjectNode event = TriggerEvent.create(pool, "1", source, userName, clientId);
        ObjectNode request = TriggerEvent.request(event);
        if (password != null) {
            request.put("password", password);
        }
        request.set("validationData", TriggerEvent.stringMap(validationData));
        request.set("clientMetadata", TriggerEvent.stringMap(clientMetadata));
        return event;
    }

    /**
     * The user to create, or null when the answer has no {@code userAttributes} (the user is not
     * in the old directory either). {@code finalUserStatus} is CONFIRMED (the default) or
     * RESET_REQUIRED; {@code messageAction} is SUPPRESS or RESEND.
     */
    public static Migrated parse(ObjectNode answer) {
        JsonNode response = TriggerEvent.response(answer);
        Map<String, String> attributes = TriggerEvent.optionalStringMap(response, "userAttributes");
        if (attributes == null) {
            return null;
        }
        String status = TriggerEvent.optionalString(response, "finalUserStatus");
        String action = TriggerEvent.optionalString(response, "messageAction");
        List<String> mediums = TriggerEvent.optionalStrings(response, "desiredDeliveryMediums");
        UserStatus finalStatus;
        if (status == null || status.equals("CONFIRMED")) {
            finalStatus = UserStatus.CONFIRMED;
        } else if (status.equals("RESET_REQUIRED")) {
            finalStatus = UserStatus.RESET_REQUIRED;
        } else {
            throw TriggerEvent.invalid();
        }
        if (action != null && !action.equals("SUPPRESS") && !action.equals("RESEND")) {
            throw TriggerEvent.invalid();
        }
        return new Migrated(attributes, finalStatus, action, mediums == null ? List.of() : mediums,
                Boolean.TRUE.equals(TriggerEvent.optionalBoolean(response, "forceAliasCreation")));
    }

    /** What the trigger answered for a user found in the old directory. */
    public record Migrated(Map<String, String> userAttributes, UserStatus finalUserStatus, String messageAction,
                           List<String> desiredDeliveryMediums, boolean forceAliasCreation) {
        public Migrated {
            userAttributes = Map.copyOf(userAttributes);
            desiredDeliveryMediums = List.copyOf(desiredDeliveryMediums);
        }
    }
}
