package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.AppAccounts;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.userpool.signup.SignUpResult;
import io.gatehouse.userpool.signup.SignUpService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Self-service registration: SignUp, ConfirmSignUp and ResendConfirmationCode (unsigned, the app
 * identified by ClientId and SecretHash) on {@link AppAccounts}, and AdminConfirmSignUp (signed)
 * on {@link SignUpService}. ValidationData (SignUp) and ClientMetadata reach the triggers.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html">SignUp</a>
 */
@ApplicationScoped
class SignUpOperations implements JsonOperations {

    static final String SECRET_HASH = "SecretHash";
    static final String CONFIRMATION_CODE = "ConfirmationCode";

    private final AppAccounts accounts;
    private final SignUpService signUps;

    SignUpOperations(AppAccounts accounts, SignUpService signUps) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.signUps = Objects.requireNonNull(signUps, "signUps");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("SignUp", this::signUp),
                CognitoIdp.operation("ConfirmSignUp", this::confirm),
                CognitoIdp.operation("ResendConfirmationCode", this::resend),
                CognitoIdp.operation("AdminConfirmSignUp", this::adminConfirm));
    }

    private ObjectNode signUp(JsonCall call) {
        JsonInput in = call.input();
        SignUpResult result = accounts.signUp(null, in.requiredString(Members.CLIENT_ID), in.string(SECRET_HASH),
                in.requiredString(Members.USERNAME), in.requiredString("Password"),
                UserMapper.attributes(in, "UserAttributes"), Members.validationData(in), Members.clientMetadata(in));
        JsonOutput out = JsonOutput.object().put("UserConfirmed", result.confirmed())
                .put("UserSub", result.user().sub().toString());
        result.delivery().ifPresent(d -> out.put(CodeDeliveries.CODE_DELIVERY_DETAILS, CodeDeliveries.of(d)));
        return out.toJson();
    }

    private ObjectNode confirm(JsonCall call) {
        JsonInput in = call.input();
        accounts.confirmSignUp(null, in.requiredString(Members.CLIENT_ID), in.string(SECRET_HASH),
                in.requiredString(Members.USERNAME), in.requiredString(CONFIRMATION_CODE),
                Boolean.TRUE.equals(in.bool("ForceAliasCreation")), Members.clientMetadata(in));
        return JsonOutput.object().toJson();
    }

    private ObjectNode resend(JsonCall call) {
        JsonInput in = call.input();
        return JsonOutput.object().put(CodeDeliveries.CODE_DELIVERY_DETAILS, CodeDeliveries.of(
                accounts.resendConfirmationCode(null, in.requiredString(Members.CLIENT_ID), in.string(SECRET_HASH),
                        in.requiredString(Members.USERNAME), Members.clientMetadata(in)))).toJson();
    }

    private ObjectNode adminConfirm(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        signUps.adminConfirm(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.USERNAME), Members.clientMetadata(in));
        return JsonOutput.object().toJson();
    }
}
