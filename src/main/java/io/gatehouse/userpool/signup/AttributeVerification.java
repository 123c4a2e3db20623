package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.CustomMessageEvent;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/**
 * A signed-in user proves they own their email: GetUserAttributeVerificationCode mails a code,
 * VerifyUserAttribute redeems it ({@code email_verified=true}). After UpdateUserAttributes
 * changes the email (which unverifies it), a code goes out at once when the pool auto-verifies
 * email, as Cognito does. Only {@code email}: Gatehouse sends no SMS.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html">VerifyUserAttribute</a>
 */
@ApplicationScoped
public class AttributeVerification {

    private final UserStore store;
    private final UserCodes codes;
    private final CodeMail mail;
    private final AccountNames names;
    private final AuditLog audit;

    public AttributeVerification(UserStore store, UserCodes codes, CodeMail mail, AccountNames names, AuditLog audit) {
        this.store = Objects.requireNonNull(store, "store");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.names = Objects.requireNonNull(names, "names");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * GetUserAttributeVerificationCode ({@code clientId} is the access token's app client); the code
     * commits before its mail is sent, which the custom message trigger sees as CustomMessage_VerifyUserAttribute.
     */
    public CodeDelivery sendCode(UserPool pool, PoolUser user, String attributeName, String clientId) {
        return sendCode(pool, user, attributeName, new MessageSource(CustomMessageEvent.VERIFY_USER_ATTRIBUTE, clientId,
                TriggerInput.NONE));
    }

    private CodeDelivery sendCode(UserPool pool, PoolUser user, String attributeName, MessageSource source) {
        requireEmail(attributeName);
        if (user.attribute(StandardAttributes.EMAIL) == null) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "The user has no email to verify");
        }
        String code = codes.issue(pool, user, CodePurpose.VERIFY_EMAIL);
        return mail.sendCode(pool, user, CodePurpose.VERIFY_EMAIL, code, source);
    }

    /** VerifyUserAttribute. */
    @Transactional
    public PoolUser verify(UserPool pool, PoolUser user, String attributeName, String code) {
        requireEmail(attributeName);
        codes.redeem(pool, user, CodePurpose.VERIFY_EMAIL, code);
        PoolUser verified = names.withVerifiedEmail(pool, user, false);
        store.update(verified);
        audit.record(AuditEntry.success(CodePurpose.VERIFY_EMAIL.auditAction()).withAccount(pool.accountId())
                .withPool(pool.id()).withActor(user.username()).withTarget(user.username()));
        return verified;
    }

    /**
     * After the user changed their own attributes: a changed, now unverified email gets a code when
     * the pool auto-verifies email. Returns the deliveries (UpdateUserAttributes' CodeDeliveryDetailsList).
     */
    public List<CodeDelivery> afterOwnUpdate(UserPool pool, PoolUser before, PoolUser after, String clientId) {
        String email = after.attribute(StandardAttributes.EMAIL);
        boolean changed = email != null && !email.equals(before.attribute(StandardAttributes.EMAIL))
                && !"true".equals(after.attribute(StandardAttributes.EMAIL_VERIFIED));
        if (!changed || !pool.settings().autoVerifiedAttributes().contains(StandardAttributes.EMAIL)) {
            return List.of();
        }
        return List.of(sendCode(pool, after, StandardAttributes.EMAIL,
                new MessageSource(CustomMessageEvent.UPDATE_USER_ATTRIBUTE, clientId, TriggerInput.NONE)));
    }

    private static void requireEmail(String attributeName) {
        if (!StandardAttributes.EMAIL.equals(attributeName)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "Only the email attribute can be verified: Gatehouse delivers codes by email only");
        }
    }
}
