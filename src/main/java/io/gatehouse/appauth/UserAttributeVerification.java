package io.gatehouse.appauth;

import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.signup.AttributeVerification;
import io.gatehouse.userpool.signup.CodeDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A signed-in user's attribute verification, authorized by their access token (Cognito's
 * GetUserAttributeVerificationCode, VerifyUserAttribute), and UpdateUserAttributes with the codes
 * it sends for a changed email ({@code CodeDeliveryDetailsList}).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html">UpdateUserAttributes</a>
 */
@ApplicationScoped
public class UserAttributeVerification {

    private final SignedInUsers signedIn;
    private final UserService users;
    private final AttributeVerification verification;

    public UserAttributeVerification(SignedInUsers signedIn, UserService users, AttributeVerification verification) {
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
        this.users = Objects.requireNonNull(users, "users");
        this.verification = Objects.requireNonNull(verification, "verification");
    }

    public CodeDelivery sendCode(String accessToken, String attributeName) {
        SignedInUser me = signedIn.require(accessToken);
        return verification.sendCode(me.pool(), me.user(), attributeName, me.client().clientId());
    }

    public void verify(String accessToken, String attributeName, String code) {
        SignedInUser me = signedIn.require(accessToken);
        verification.verify(me.pool(), me.user(), attributeName, code);
    }

    /** UpdateUserAttributes: the change commits first, then a code goes to a changed, auto-verified email. */
    public List<CodeDelivery> updateAttributes(String accessToken, Map<String, String> changes) {
        SignedInUser me = signedIn.require(accessToken);
        PoolUser updated = users.changeOwnAttributes(me.pool(), me.client(), me.user(), changes);
        return verification.afterOwnUpdate(me.pool(), me.user(), updated, me.client().clientId());
    }
}
