package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.AppAccounts;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.userpool.signup.PasswordRecovery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Password recovery: ForgotPassword and ConfirmForgotPassword (unsigned) on {@link AppAccounts},
 * AdminResetUserPassword (signed) on {@link PasswordRecovery}. ClientMetadata reaches the triggers
 * (not yet for AdminResetUserPassword).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>
 */
@ApplicationScoped
class PasswordRecoveryOperations implements JsonOperations {

    private final AppAccounts accounts;
    private final PasswordRecovery recovery;

    PasswordRecoveryOperations(AppAccounts accounts, PasswordRecovery recovery) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("ForgotPassword", this::forgot),
                CognitoIdp.operation("ConfirmForgotPassword", this::confirm),
                CognitoIdp.operation("AdminResetUserPassword", this::adminReset));
    }

    private ObjectNode forgot(JsonCall call) {
        JsonInput in = call.input();
        return JsonOutput.object().put(CodeDeliveries.CODE_DELIVERY_DETAILS, CodeDeliveries.of(
                accounts.forgotPassword(null, in.requiredString(Members.CLIENT_ID), in.string(SignUpOperations.SECRET_HASH),
                        in.requiredString(Members.USERNAME), Members.clientMetadata(in)))).toJson();
    }

    private ObjectNode confirm(JsonCall call) {
        JsonInput in = call.input();
        accounts.confirmForgotPassword(null, in.requiredString(Members.CLIENT_ID), in.string(SignUpOperations.SECRET_HASH),
                in.requiredString(Members.USERNAME), in.requiredString(SignUpOperations.CONFIRMATION_CODE),
                in.requiredString("Password"), Members.clientMetadata(in));
        return JsonOutput.object().toJson();
    }

    private ObjectNode adminReset(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        recovery.adminReset(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.USERNAME));
        return JsonOutput.object().toJson();
    }
}
