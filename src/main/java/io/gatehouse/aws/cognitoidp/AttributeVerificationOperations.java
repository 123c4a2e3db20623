package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.SignedInUsers;
import io.gatehouse.appauth.UserAttributeVerification;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * A signed-in user's attributes, authorized by the AccessToken (unsigned):
 * GetUserAttributeVerificationCode, VerifyUserAttribute, and UpdateUserAttributes, whose
 * CodeDeliveryDetailsList names the code sent for a changed, auto-verified email.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAttributeVerificationCode.html">GetUserAttributeVerificationCode</a>
 */
@ApplicationScoped
class AttributeVerificationOperations implements JsonOperations {

    private static final String ACCESS_TOKEN = "AccessToken";
    private static final String ATTRIBUTE_NAME = "AttributeName";

    private final UserAttributeVerification verification;
    private final SignedInUsers signedIn;

    AttributeVerificationOperations(UserAttributeVerification verification, SignedInUsers signedIn) {
        this.verification = Objects.requireNonNull(verification, "verification");
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("GetUserAttributeVerificationCode", this::sendCode),
                CognitoIdp.operation("VerifyUserAttribute", this::verify),
                CognitoIdp.operation("UpdateUserAttributes", this::update));
    }

    private ObjectNode sendCode(JsonCall call) {
        JsonInput in = call.input();
        return JsonOutput.object().put(CodeDeliveries.CODE_DELIVERY_DETAILS, CodeDeliveries.of(
                verification.sendCode(signedIn.require(in.requiredString(ACCESS_TOKEN)), in.requiredString(ATTRIBUTE_NAME)))).toJson();
    }

    private ObjectNode verify(JsonCall call) {
        JsonInput in = call.input();
        verification.verify(signedIn.require(in.requiredString(ACCESS_TOKEN)), in.requiredString(ATTRIBUTE_NAME), in.requiredString("Code"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode update(JsonCall call) {
        JsonInput in = call.input();
        if (in.objects("UserAttributes") == null) {
            throw JsonInput.missing("UserAttributes");
        }
        return JsonOutput.object().objects("CodeDeliveryDetailsList",
                verification.updateAttributes(signedIn.require(in.requiredString(ACCESS_TOKEN)), UserMapper.attributes(in, "UserAttributes"))
                        .stream().map(CodeDeliveries::of).toList()).toJson();
    }
}
