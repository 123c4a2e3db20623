package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.LoginProfile;
import io.gatehouse.iam.LoginProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * IAM's console password calls: Create/Get/Update/DeleteLoginProfile and ChangePassword.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html">CreateLoginProfile</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html">ChangePassword</a>
 */
@ApplicationScoped
public class LoginProfileOperations implements QueryOperations {

    private final LoginProfileService logins;

    public LoginProfileOperations(LoginProfileService logins) {
        this.logins = Objects.requireNonNull(logins, "logins");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateLoginProfile", this::createLoginProfile),
                Iam.operation("GetLoginProfile", this::getLoginProfile),
                Iam.operation("UpdateLoginProfile", this::updateLoginProfile),
                Iam.operation("DeleteLoginProfile", this::deleteLoginProfile),
                Iam.operation("ChangePassword", this::changePassword));
    }

    QueryResult createLoginProfile(QueryCall call) {
        Caller caller = call.caller();
        LoginProfile profile = logins.create(caller.accountId(), caller.principalArn(),
                call.input().requiredString("UserName"), call.input().requiredString("Password"),
                Boolean.TRUE.equals(call.input().bool("PasswordResetRequired")));
        return QueryResult.of().add("LoginProfile", shape(profile));
    }

    QueryResult getLoginProfile(QueryCall call) {
        return QueryResult.of().add("LoginProfile",
                shape(logins.get(call.caller().accountId(), call.input().requiredString("UserName"))));
    }

    QueryResult updateLoginProfile(QueryCall call) {
        Caller caller = call.caller();
        logins.update(caller.accountId(), caller.principalArn(), call.input().requiredString("UserName"),
                call.input().string("Password"), call.input().bool("PasswordResetRequired"));
        return QueryResult.none();
    }

    QueryResult deleteLoginProfile(QueryCall call) {
        Caller caller = call.caller();
        logins.delete(caller.accountId(), caller.principalArn(), call.input().requiredString("UserName"));
        return QueryResult.none();
    }

    QueryResult changePassword(QueryCall call) {
        Caller caller = call.caller();
        logins.changePassword(caller.accountId(), caller.principalArn(), call.input().requiredString("OldPassword"),
                call.input().requiredString("NewPassword"));
        return QueryResult.none();
    }

    private static QueryResult shape(LoginProfile profile) {
        return QueryResult.of().add("UserName", profile.userName()).add("CreateDate", profile.createdAt())
                .add("PasswordResetRequired", profile.passwordResetRequired());
    }
}
