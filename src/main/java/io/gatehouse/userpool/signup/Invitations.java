package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.triggers.PreSignUpEvent;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * AdminCreateUser with its invitation: the user starts in FORCE_CHANGE_PASSWORD with the given
 * temporary password or one generated to fit the policy, and, unless MessageAction is SUPPRESS,
 * the pool's invitation message ({@code {username}}, {@code {####}} = the temporary password)
 * goes to their email. MessageAction RESEND gives an existing FORCE_CHANGE_PASSWORD user a new
 * temporary password and invitation. Delivery is by email only: SMS is InvalidParameterException.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html">AdminCreateUser</a>
 */
@ApplicationScoped
public class Invitations {

    public static final String SUPPRESS = "SUPPRESS";
    public static final String RESEND = "RESEND";
    private static final String EMAIL = "EMAIL";
    private static final String SMS = "SMS";

    private final UserService users;
    private final UserPoolService pools;
    private final TemporaryPasswords passwords;
    private final CodeMail mail;
    private final PreSignUp preSignUp;
    private final AuditLog audit;

    public Invitations(UserService users, UserPoolService pools, TemporaryPasswords passwords, CodeMail mail,
                       PreSignUp preSignUp, AuditLog audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.preSignUp = Objects.requireNonNull(preSignUp, "preSignUp");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * AdminCreateUser; {@code messageAction} null, SUPPRESS or RESEND; mediums null or EMAIL. A new
     * user goes through the pre sign-up trigger (PreSignUp_AdminCreateUser) before it is stored;
     * the invitation through the custom message trigger (CustomMessage_AdminCreateUser).
     */
    @Transactional
    public PoolUser create(String accountId, String actor, String poolId, String username, String temporaryPassword,
                           Map<String, String> attributes, String messageAction, List<String> deliveryMediums,
                           TriggerInput validationData, TriggerInput clientMetadata) {
        requireEmailOnly(deliveryMediums);
        if (messageAction != null && !SUPPRESS.equals(messageAction) && !RESEND.equals(messageAction)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "MessageAction must be SUPPRESS or RESEND");
        }
        UserPool pool = pools.get(accountId, poolId);
        UnaryOperator<PoolUser> decide = candidate -> preSignUp.decide(pool, PreSignUpEvent.ADMIN_CREATE_USER, null,
                candidate, validationData, clientMetadata);
        if (SUPPRESS.equals(messageAction)) {
            return users.create(accountId, actor, poolId, username, temporaryPassword, false, attributes, decide);
        }
        String password = temporaryPassword != null ? temporaryPassword
                : passwords.generate(pool.settings().passwordPolicy());
        PoolUser user;
        if (RESEND.equals(messageAction)) {
            PoolUser existing = users.get(accountId, poolId, username);
            if (existing.status() != UserStatus.FORCE_CHANGE_PASSWORD) {
                throw new GatehouseException(UserPoolError.UNSUPPORTED_USER_STATE,
                        "Resend not possible. " + existing.username() + " status is not FORCE_CHANGE_PASSWORD");
            }
            if (existing.attribute(StandardAttributes.EMAIL) == null) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "The user has no email to send the invitation to");
            }
            user = users.setPassword(accountId, actor, poolId, existing.username(), password, false);
        } else {
            user = users.create(accountId, actor, poolId, username, password, false, attributes, decide);
        }
        if (user.attribute(StandardAttributes.EMAIL) != null) {
            mail.sendInvitation(pool, user, password, clientMetadata);
            audit.record(AuditEntry.success("user.invite").withAccount(accountId).withPool(poolId).withActor(actor)
                    .withTarget(user.username()));
        }
        return user;
    }

    private static void requireEmailOnly(List<String> mediums) {
        if (mediums == null) {
            return;
        }
        for (String medium : mediums) {
            if (SMS.equals(medium)) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "SMS delivery is not available: Gatehouse sends invitations by email only");
            }
            if (!EMAIL.equals(medium)) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "DesiredDeliveryMediums must be EMAIL");
            }
        }
    }
}
