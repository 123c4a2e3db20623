package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.SignedInUser;
import io.gatehouse.appauth.UserProfile;
import io.gatehouse.appauth.UserSelfService;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.TotpEnrollment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * A signed-in user's own calls, authorized by the AccessToken (unsigned on the wire): GetUser,
 * ChangePassword, DeleteUser, GlobalSignOut, AssociateSoftwareToken and VerifySoftwareToken
 * (also with a sign-in Session, for MFA_SETUP) and SetUserMFAPreference.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>
 */
@ApplicationScoped
class SelfServiceOperations implements JsonOperations {

    private static final String ACCESS_TOKEN = "AccessToken";
    private static final String SESSION = "Session";

    private final UserSelfService self;
    private final TotpEnrollment enrollment;

    SelfServiceOperations(UserSelfService self, TotpEnrollment enrollment) {
        this.self = self;
        this.enrollment = enrollment;
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("GetUser", this::getUser),
                CognitoIdp.operation("ChangePassword", this::changePassword),
                CognitoIdp.operation("DeleteUser", this::deleteUser),
                CognitoIdp.operation("GlobalSignOut", this::globalSignOut),
                CognitoIdp.operation("AssociateSoftwareToken", this::associate),
                CognitoIdp.operation("VerifySoftwareToken", this::verify),
                CognitoIdp.operation("SetUserMFAPreference", this::setMfaPreference));
    }

    private ObjectNode getUser(JsonCall call) {
        UserProfile me = self.profile(signedIn(call.input()));
        JsonOutput out = JsonOutput.object().put(Members.USERNAME, me.username())
                .objects("UserAttributes", UserMapper.attributeList(me.attributes()));
        me.mfa().ifPresent(m -> MfaMapper.settings(out, m));
        return out.toJson();
    }

    private ObjectNode changePassword(JsonCall call) {
        JsonInput in = call.input();
        self.changePassword(signedIn(in), in.string("PreviousPassword"),
                in.requiredString("ProposedPassword"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode deleteUser(JsonCall call) {
        self.delete(signedIn(call.input()));
        return JsonOutput.object().toJson();
    }

    private ObjectNode globalSignOut(JsonCall call) {
        self.globalSignOut(signedIn(call.input()));
        return JsonOutput.object().toJson();
    }

    /** With an AccessToken for a signed-in user, or with the Session of an MFA_SETUP challenge. */
    private ObjectNode associate(JsonCall call) {
        JsonInput in = call.input();
        String accessToken = in.string(ACCESS_TOKEN);
        if (accessToken != null) {
            return JsonOutput.object().put("SecretCode", self.associateSoftwareToken(self.signedIn(accessToken)).secretCode()).toJson();
        }
        Map.Entry<String, String> result = enrollment.associateInSignIn(requireSession(in));
        return JsonOutput.object().put("SecretCode", result.getKey()).put(SESSION, result.getValue()).toJson();
    }

    private ObjectNode verify(JsonCall call) {
        JsonInput in = call.input();
        String code = in.requiredString("UserCode");
        String accessToken = in.string(ACCESS_TOKEN);
        if (accessToken != null) {
            self.verifySoftwareToken(self.signedIn(accessToken), code);
            return JsonOutput.object().put("Status", "SUCCESS").toJson();
        }
        String session = enrollment.verifyInSignIn(requireSession(in), code);
        return JsonOutput.object().put("Status", "SUCCESS").put(SESSION, session).toJson();
    }

    private ObjectNode setMfaPreference(JsonCall call) {
        JsonInput in = call.input();
        self.setMfaPreference(signedIn(in), MfaMapper.setting(in, "SoftwareTokenMfaSettings"),
                MfaMapper.setting(in, "EmailMfaSettings"));
        return JsonOutput.object().toJson();
    }

    private SignedInUser signedIn(JsonInput in) {
        return self.signedIn(in.requiredString(ACCESS_TOKEN));
    }

    private static String requireSession(JsonInput in) {
        String session = in.string(SESSION);
        if (session == null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "AccessToken or Session is required");
        }
        return session;
    }
}
