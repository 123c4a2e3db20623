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
 * it sends for a changed email ({@code CodeDeliveryDetailsList}). The caller resolves the token
 * ({@link SignedInUsers}) first.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html">UpdateUserAttributes</a>
 */
@ApplicationScoped
public class UserAttributeVerification {

    private final UserService users;
    private final AttributeVerification verification;

    public UserAttributeVerification(UserService users, AttributeVerification verification) {
        this.users = Objects.requireNonNull(users, "users");
        this.verification = Objects.requireNonNull(verification, "verification");
    }

    public CodeDelivery sendCode(SignedInUser me, String attributeName) {
        return verification.sendCode(me.pool(), me.user(), attributeName, me.client().clientId());
    }

    public void verify(SignedInUser me, String attributeName, String code) {
        verification.verify(me.pool(), me.user(), attributeName, code);
    }

    /** UpdateUserAttributes: the change commits first, then a code goes to a changed, auto-verified email. */
    public List<CodeDelivery> updateAttributes(SignedInUser me, Map<String, String> changes) {
        PoolUser updated = users.changeOwnAttributes(me.pool(), me.client(), me.user(), changes);
        return verification.afterOwnUpdate(me.pool(), me.user(), updated, me.client().clientId());
    }
}
