package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Self-service registration as Cognito does it: SignUp creates an UNCONFIRMED user and, when the
 * pool auto-verifies email, mails a confirmation code; ConfirmSignUp redeems it (CONFIRMED,
 * {@code email_verified=true}); ResendConfirmationCode sends a new one; AdminConfirmSignUp
 * confirms without a code, which is the only way in a pool that auto-verifies nothing.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html">SignUp</a>
 */
@ApplicationScoped
public class SignUpService {

    private final UserService users;
    private final UserStore store;
    private final UserCodes codes;
    private final CodeMail mail;
    private final AccountNames names;
    private final AuditLog audit;
    private final Clock clock;

    public SignUpService(UserService users, UserStore store, UserCodes codes, CodeMail mail, AccountNames names,
                         AuditLog audit, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.store = Objects.requireNonNull(store, "store");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.names = Objects.requireNonNull(names, "names");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * SignUp. An existing username is UsernameExistsException even when the client prevents user
     * existence errors, as in Cognito. The user, the code and its mail commit together.
     */
    @Transactional
    public SignUpResult signUp(UserPool pool, AppClient client, String username, String password,
                               Map<String, String> attributes) {
        if (pool.settings().adminCreateUserOnly()) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "SignUp is not permitted for this user pool");
        }
        PoolUser user = users.register(pool, client, username, password, attributes);
        Optional<CodeDelivery> delivery = Optional.empty();
        if (verifiesEmail(pool, user)) {
            delivery = Optional.of(mail.sendCode(pool, user, CodePurpose.SIGN_UP,
                    codes.issue(pool, user, CodePurpose.SIGN_UP)));
        }
        return new SignUpResult(user, false, delivery);
    }

    /** ConfirmSignUp: an UNCONFIRMED user and their code; a confirmed user is NotAuthorizedException. */
    @Transactional
    public void confirm(UserPool pool, AppClient client, String username, String code, boolean forceAliasCreation) {
        PoolUser user = names.find(pool, username).orElseThrow(() -> AccountNames.unknownUserOnConfirm(client));
        requireUnconfirmed(user);
        codes.redeem(pool, user, CodePurpose.SIGN_UP, code);
        store.update(names.withVerifiedEmail(pool, user, forceAliasCreation).withStatus(UserStatus.CONFIRMED,
                clock.instant()));
        audit.record(AuditEntry.success(CodePurpose.SIGN_UP.auditAction()).withAccount(pool.accountId())
                .withPool(pool.id()).withActor(user.username()).withTarget(user.username()));
    }

    /**
     * ResendConfirmationCode: a new code replaces the old. The code commits before its mail is
     * sent, so an SMTP failure reaches the caller as CodeDeliveryFailureException.
     */
    public CodeDelivery resend(UserPool pool, AppClient client, String username) {
        Optional<PoolUser> found = names.find(pool, username);
        if (found.isEmpty()) {
            if (client.settings().preventUserExistenceErrors()) {
                return CodeDelivery.simulated(pool.id(), username);
            }
            throw new GatehouseException(UserPoolError.USER_NOT_FOUND, AccountNames.NOT_FOUND);
        }
        PoolUser user = found.get();
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "User is already confirmed.");
        }
        if (!verifiesEmail(pool, user)) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Auto verification not turned on.");
        }
        String code = codes.issue(pool, user, CodePurpose.SIGN_UP);
        return mail.sendCode(pool, user, CodePurpose.SIGN_UP, code);
    }

    /** AdminConfirmSignUp: confirms without a code; the email stays as verified as it was. */
    @Transactional
    public void adminConfirm(String accountId, String actor, String poolId, String username) {
        PoolUser user = users.get(accountId, poolId, username);
        requireUnconfirmed(user);
        store.update(user.withStatus(UserStatus.CONFIRMED, clock.instant()));
        codes.discard(user, CodePurpose.SIGN_UP);
        audit.record(AuditEntry.success("user.signup.admin-confirm").withAccount(accountId).withPool(poolId)
                .withActor(actor).withTarget(user.username()));
    }

    private static void requireUnconfirmed(PoolUser user) {
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                    "User cannot be confirmed. Current status is " + user.status().name());
        }
    }

    /** Codes go to email only when the pool auto-verifies it and the user has one (no SMS in Gatehouse). */
    private static boolean verifiesEmail(UserPool pool, PoolUser user) {
        return pool.settings().autoVerifiedAttributes().contains(StandardAttributes.EMAIL)
                && user.attribute(StandardAttributes.EMAIL) != null;
    }
}
