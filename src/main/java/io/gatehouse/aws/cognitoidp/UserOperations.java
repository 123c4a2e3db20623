package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserFilter;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signup.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Users as an administrator manages them: AdminCreateUser, AdminGetUser,
 * AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminEnableUser, AdminDisableUser,
 * AdminDeleteUser, AdminSetUserPassword and ListUsers, on {@link UserService}; AdminCreateUser with
 * its invitation message (MessageAction, DesiredDeliveryMediums) on {@link Invitations}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html">AdminCreateUser</a>
 */
@ApplicationScoped
class UserOperations implements JsonOperations {

    private static final int MAX_LIMIT = 60;
    private final UserService users;
    private final MfaPreferences mfa;
    private final Invitations invitations;

    UserOperations(UserService users, MfaPreferences mfa, Invitations invitations) {
        this.users = Objects.requireNonNull(users, "users");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.invitations = Objects.requireNonNull(invitations, "invitations");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("AdminCreateUser", this::create),
                CognitoIdp.operation("AdminGetUser", this::get),
                CognitoIdp.operation("AdminUpdateUserAttributes", this::updateAttributes),
                CognitoIdp.operation("AdminDeleteUserAttributes", this::deleteAttributes),
                CognitoIdp.operation("AdminEnableUser", call -> setEnabled(call, true)),
                CognitoIdp.operation("AdminDisableUser", call -> setEnabled(call, false)),
                CognitoIdp.operation("AdminDeleteUser", this::delete),
                CognitoIdp.operation("AdminSetUserPassword", this::setPassword),
                CognitoIdp.operation("ListUsers", this::list));
    }

    /** The user starts in FORCE_CHANGE_PASSWORD, with TemporaryPassword if given, and is invited unless SUPPRESS. */
    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        PoolUser user = invitations.create(caller.accountId(), caller.principalArn(),
                in.requiredString(Members.USER_POOL_ID), in.requiredString(Members.USERNAME),
                in.string("TemporaryPassword"), UserMapper.attributes(in, "UserAttributes"), in.string("MessageAction"),
                in.strings("DesiredDeliveryMediums"), Members.validationData(in), Members.clientMetadata(in));
        return JsonOutput.object().put("User", UserMapper.userType(user, null)).toJson();
    }

    private ObjectNode get(JsonCall call) {
        PoolUser user = users.get(call.caller().accountId(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.USERNAME));
        JsonOutput out = JsonOutput.object()
                .put(Members.USERNAME, user.username())
                .objects("UserAttributes", UserMapper.attributeList(user, name -> true))
                .put("UserCreateDate", user.createdAt())
                .put("UserLastModifiedDate", user.updatedAt())
                .put("Enabled", user.enabled())
                .put("UserStatus", user.status().name());
        mfa.of(user).ifPresent(m -> MfaMapper.settings(out, m));
        return out.toJson();
    }

    private ObjectNode updateAttributes(JsonCall call) {
        JsonInput in = call.input();
        if (in.objects("UserAttributes") == null) {
            throw JsonInput.missing("UserAttributes");
        }
        return changeAttributes(call, UserMapper.attributes(in, "UserAttributes"));
    }

    private ObjectNode deleteAttributes(JsonCall call) {
        List<String> names = call.input().strings("UserAttributeNames");
        if (names == null) {
            throw JsonInput.missing("UserAttributeNames");
        }
        Map<String, String> deletions = new HashMap<>();
        names.forEach(name -> deletions.put(name, null));
        return changeAttributes(call, deletions);
    }

    private ObjectNode changeAttributes(JsonCall call, Map<String, String> changes) {
        Caller caller = call.caller();
        users.updateAttributes(caller.accountId(), caller.principalArn(),
                call.input().requiredString(Members.USER_POOL_ID), call.input().requiredString(Members.USERNAME), changes);
        return JsonOutput.object().toJson();
    }

    private ObjectNode setEnabled(JsonCall call, boolean enabled) {
        Caller caller = call.caller();
        users.setEnabled(caller.accountId(), caller.principalArn(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.USERNAME), enabled);
        return JsonOutput.object().toJson();
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        users.delete(caller.accountId(), caller.principalArn(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.USERNAME));
        return JsonOutput.object().toJson();
    }

    private ObjectNode setPassword(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        users.setPassword(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.USERNAME), in.requiredString("Password"),
                Boolean.TRUE.equals(in.bool("Permanent")));
        return JsonOutput.object().toJson();
    }

    /** Filter takes Cognito's syntax ({@link UserFilter}); AttributesToGet narrows each user's attributes. */
    private ObjectNode list(JsonCall call) {
        JsonInput in = call.input();
        int limit = JsonPage.limit(in.integer(Members.LIMIT), "limit", 0, MAX_LIMIT, MAX_LIMIT);
        UserFilter filter = UserFilter.parse(in.string("Filter")).orElse(null);
        List<String> attributesToGet = in.strings("AttributesToGet");
        List<PoolUser> fetched = users.search(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID), filter,
                JsonPage.afterKey(in.string(Members.PAGINATION_TOKEN)), limit + 1);
        JsonPage<PoolUser> page = JsonPage.of(fetched, limit, u -> UserStore.usernameKey(u.username()));
        Set<String> wanted = attributesToGet == null ? null : Set.copyOf(attributesToGet);
        return JsonOutput.object()
                .objects("Users", page.items().stream().map(u -> UserMapper.userType(u, wanted)).toList())
                .put(Members.PAGINATION_TOKEN, page.nextToken()).toJson();
    }
}
