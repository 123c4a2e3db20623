package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.AdminUserAuth;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An administrator's hold on a user's sign-in: AdminSetUserMFAPreference and AdminUserGlobalSignOut (signed). */
@ApplicationScoped
class AdminAuthOperations implements JsonOperations {

    private final AdminUserAuth admin;

    AdminAuthOperations(AdminUserAuth admin) {
        this.admin = admin;
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("AdminSetUserMFAPreference", this::setMfaPreference),
                CognitoIdp.operation("AdminUserGlobalSignOut", this::globalSignOut));
    }

    private ObjectNode setMfaPreference(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        admin.setMfaPreference(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.USERNAME), MfaMapper.setting(in, "SoftwareTokenMfaSettings"),
                MfaMapper.setting(in, "EmailMfaSettings"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode globalSignOut(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        admin.globalSignOut(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.USERNAME));
        return JsonOutput.object().toJson();
    }
}
