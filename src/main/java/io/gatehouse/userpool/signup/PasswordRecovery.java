package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.RecoveryMechanism;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.CustomMessageEvent;
import io.gatehouse.userpool.triggers.PostConfirmationEvent;
import io.gatehouse.userpool.triggers.SignUpTriggers;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Password recovery as Cognito does it: ForgotPassword mails a one-hour code to the user's
 * verified email (the pool's AccountRecoverySetting decides; {@code admin_only} refuses);
 * ConfirmForgotPassword redeems it with a new password (policy checked, new SRP verifier, status
 * CONFIRMED); AdminResetUserPassword sets RESET_REQUIRED, so sign-in answers
 * PasswordResetRequiredException, and mails a code. As in Cognito, a reset does not revoke the
 * user's refresh tokens (GlobalSignOut or AdminUserGlobalSignOut does).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>
 */
@ApplicationScoped
public class PasswordRecovery {

    static final String NO_DESTINATION =
            "Cannot reset password for the user as there is no registered/verified email or phone_number";

    private final UserService users;
    private final UserPoolService pools;
    private final UserStore store;
    private final UserCodes codes;
    private final CodeMail mail;
    private final AccountNames names;
    private final ForgotPasswordMigration migration;
    private final SignUpTriggers triggers;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordRecovery(UserService users, UserPoolService pools, UserStore store, UserCodes codes, CodeMail mail,
                            AccountNames names, ForgotPasswordMigration migration, SignUpTriggers triggers,
                            AuditLog audit, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.names = Objects.requireNonNull(names, "names");
        this.migration = Objects.requireNonNull(migration, "migration");
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * ForgotPassword. With user existence errors prevented, an unknown user, a disabled one and one
     * without a verified email get a simulated delivery; otherwise UserNotFoundException,
     * NotAuthorizedException and InvalidParameterException. A name no user has goes to the user
     * migration trigger first (UserMigration_ForgotPassword). The code commits before its mail is sent.
     */
    public CodeDelivery forgot(UserPool pool, AppClient client, String username, TriggerInput clientMetadata) {
        if (pool.settings().accountRecovery().contains(RecoveryMechanism.admin_only)) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                    "Self-service password recovery is not permitted for this user pool; contact an administrator");
        }
        boolean prevent = client.settings().preventUserExistenceErrors();
        Optional<PoolUser> found = names.find(pool, username);
        if (found.isEmpty()) {
            found = migration.migrate(pool, client, username, clientMetadata);
        }
        if (found.isEmpty() || !found.get().enabled() || !recoverableByEmail(pool, found.get())) {
            audit.recordAlone(AuditEntry.failure(CodePurpose.PASSWORD_RESET.issueAction(),
                    found.isEmpty() ? "unknown user" : !found.get().enabled() ? "user disabled" : "no verified email")
                    .withAccount(pool.accountId()).withPool(pool.id()).withActor(truncated(username)));
            if (prevent) {
                return CodeDelivery.simulated(pool.id(), username);
            }
            if (found.isEmpty()) {
                throw new GatehouseException(UserPoolError.USER_NOT_FOUND, AccountNames.NOT_FOUND);
            }
            if (!found.get().enabled()) {
                throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "User is disabled.");
            }
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, NO_DESTINATION);
        }
        PoolUser user = found.get();
        String code = codes.issue(pool, user, CodePurpose.PASSWORD_RESET);
        return mail.sendCode(pool, user, CodePurpose.PASSWORD_RESET, code,
                new MessageSource(CustomMessageEvent.FORGOT_PASSWORD, client.clientId(), clientMetadata));
    }

    /**
     * ConfirmForgotPassword. The new password is checked before the code is used, so a password
     * the policy refuses does not burn the code. An unknown or disabled user is CodeMismatchException
     * with prevention on, else UserNotFoundException / NotAuthorizedException. The reset commits
     * first, then the post confirmation trigger runs (PostConfirmation_ConfirmForgotPassword): a
     * failing trigger reaches the caller, but the new password stays set, as in Cognito.
     */
    public void confirm(UserPool pool, AppClient client, String username, String code, String password,
                        TriggerInput clientMetadata) {
        PoolUser reset = QuarkusTransaction.requiringNew().call(() -> reset(pool, client, username, code, password));
        triggers.postConfirmation(pool, PostConfirmationEvent.CONFIRM_FORGOT_PASSWORD, client.clientId(), reset,
                clientMetadata.values());
    }

    private PoolUser reset(UserPool pool, AppClient client, String username, String code, String password) {
        Optional<PoolUser> found = names.find(pool, username);
        if (found.isEmpty()) {
            throw AccountNames.unknownUserOnConfirm(client);
        }
        PoolUser user = found.get();
        if (!user.enabled()) {
            throw client.settings().preventUserExistenceErrors()
                    ? new GatehouseException(UserPoolError.CODE_MISMATCH, UserCodes.MISMATCH)
                    : new GatehouseException(UserPoolError.NOT_AUTHORIZED, "User is disabled.");
        }
        pool.settings().passwordPolicy().check(password);
        codes.redeem(pool, user, CodePurpose.PASSWORD_RESET, code);
        UserStatus status = user.status() == UserStatus.UNCONFIRMED ? UserStatus.UNCONFIRMED : UserStatus.CONFIRMED;
        return users.replacePassword(pool, user, password, status, CodePurpose.PASSWORD_RESET.auditAction());
    }

    /**
     * AdminResetUserPassword: RESET_REQUIRED, and a reset code to the verified email. A user
     * without one is InvalidParameterException; an UNCONFIRMED user NotAuthorizedException.
     */
    @Transactional
    public CodeDelivery adminReset(String accountId, String actor, String poolId, String username) {
        UserPool pool = pools.get(accountId, poolId);
        PoolUser user = users.get(accountId, poolId, username);
        if (user.status() == UserStatus.UNCONFIRMED) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "User password cannot be reset in the current state.");
        }
        if (!AccountNames.hasVerifiedEmail(user)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, NO_DESTINATION);
        }
        PoolUser reset = user.withStatus(UserStatus.RESET_REQUIRED, clock.instant());
        store.update(reset);
        audit.record(AuditEntry.success("user.password.admin-reset").withAccount(accountId).withPool(poolId)
                .withActor(actor).withTarget(user.username()));
        return mail.sendCode(pool, reset, CodePurpose.PASSWORD_RESET, codes.issue(pool, reset, CodePurpose.PASSWORD_RESET),
                new MessageSource(CustomMessageEvent.FORGOT_PASSWORD, null, TriggerInput.NONE));
    }

    /** The pool recovers through a verified email (the only medium Gatehouse delivers) and the user has one. */
    private static boolean recoverableByEmail(UserPool pool, PoolUser user) {
        return pool.settings().accountRecovery().contains(RecoveryMechanism.verified_email)
                && AccountNames.hasVerifiedEmail(user);
    }

    private static String truncated(String username) {
        return username == null || username.length() <= 128 ? username : username.substring(0, 128);
    }
}
