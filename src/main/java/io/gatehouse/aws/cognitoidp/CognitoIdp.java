package io.gatehouse.aws.cognitoidp;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.AuthorizationTarget;
import io.gatehouse.aws.wire.JsonHandler;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.core.GatehouseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Cognito user pools service on the wire: its {@code X-Amz-Target} prefix, its SigV4 signing
 * name, and the operations AWS leaves unsigned (the SDK sends them without credentials; they
 * identify the user by a token, a session or a confirmation code). Every other operation requires
 * a signature, so {@link #operation} derives {@code signed} from this one list.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html">Cognito API operations: authorization models</a>
 */
public final class CognitoIdp {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService";
    public static final String SIGNING_NAME = "cognito-idp";

    /** The operations without SigV4 in the AWS SDK's Cognito model (auth type "none"). */
    public static final Set<String> UNSIGNED_OPERATIONS = Set.of(
            "AssociateSoftwareToken", "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice",
            "ConfirmForgotPassword", "ConfirmSignUp", "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential",
            "ForgetDevice", "ForgotPassword", "GetDevice", "GetTokensFromRefreshToken", "GetUser",
            "GetUserAttributeVerificationCode", "GetUserAuthFactors", "GlobalSignOut", "InitiateAuth", "ListDevices",
            "ListWebAuthnCredentials", "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken",
            "SetUserMFAPreference", "SetUserSettings", "SignUp", "StartWebAuthnRegistration",
            "UpdateAuthEventFeedback", "UpdateDeviceStatus", "UpdateUserAttributes", "VerifySoftwareToken",
            "VerifyUserAttribute");

    private CognitoIdp() {
    }

    /** The Cognito operation {@code name}, signed unless AWS lists it as unsigned. */
    public static JsonOperation operation(String name, JsonHandler handler) {
        return new JsonOperation(TARGET_PREFIX, name, !UNSIGNED_OPERATIONS.contains(name), SIGNING_NAME, handler,
                CognitoIdp::target);
    }

    /**
     * The user pool an operation names ({@code UserPoolId}, or the pool of {@code ResourceArn} in
     * the tagging operations), in the caller's account; {@code *} for account-wide operations such
     * as CreateUserPool and ListUserPools. Tags the request sets are request tags.
     */
    static AuthorizationTarget target(Caller caller, JsonInput input, String region) {
        String resource = textMember(input, "ResourceArn");
        if (resource == null) {
            String poolId = textMember(input, Members.USER_POOL_ID);
            resource = poolId == null ? "*"
                    : "arn:aws:cognito-idp:" + region + ":" + caller.accountId() + ":userpool/" + poolId;
        }
        return new AuthorizationTarget(resource, requestTags(input));
    }

    private static Map<String, String> requestTags(JsonInput input) {
        for (String member : List.of("UserPoolTags", "Tags")) {
            if (input.has(member)) {
                try {
                    return input.stringMap(member);
                } catch (GatehouseException malformed) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    private static String textMember(JsonInput input, String member) {
        try {
            return input.has(member) ? input.string(member) : null;
        } catch (GatehouseException wrongType) {
            return null;
        }
    }
}
