package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.CustomMessageEvent;
import io.gatehouse.userpool.triggers.PostConfirmationEvent;
import io.gatehouse.userpool.triggers.PreSignUpEvent;
import io.gatehouse.userpool.triggers.SignUpTriggers;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
    private final UserPoolService pools;
    private final UserStore store;
    private final UserCodes codes;
    private final CodeMail mail;
    private final AccountNames names;
    private final PreSignUp preSignUp;
    private final SignUpTriggers triggers;
    private final AuditLog audit;
    private final Clock clock;

    public SignUpService(UserService users, UserPoolService pools, UserStore store, UserCodes codes, CodeMail mail, AccountNames names,
                         PreSignUp preSignUp, SignUpTriggers triggers, AuditLog audit, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.names = Objects.requireNonNull(names, "names");
        this.preSignUp = Objects.requireNonNull(preSignUp, "preSignUp");
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * SignUp. An existing username is UsernameExistsException even when the client prevents user
     * existence errors, as in Cognito. The pre sign-up trigger sees the validated user before it is
     * stored: a rejection stores nothing; {@code autoConfirmUser} confirms the user and no code is
     * sent. The user, the code and its mail commit together.
     */
    @Transactional
    public SignUpResult signUp(UserPool pool, AppClient client, String username, String password,
                               Map<String, String> attributes, TriggerInput validationData, TriggerInput clientMetadata) {
        if (pool.settings().adminCreateUserOnly()) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "SignUp is not permitted for this user pool");
        }
        PoolUser user = users.register(pool, client, username, password, attributes, candidate -> preSignUp.decide(
                pool, PreSignUpEvent.SIGN_UP, client.clientId(), candidate, validationData, clientMetadata));
        if (user.status() == UserStatus.CONFIRMED) {
            return new SignUpResult(user, true, Optional.empty());
        }
        Optional<CodeDelivery> delivery = Optional.empty();
        if (verifiesEmail(pool, user)) {
            delivery = Optional.of(mail.sendCode(pool, user, CodePurpose.SIGN_UP,
                    codes.issue(pool, user, CodePurpose.SIGN_UP),
                    new MessageSource(CustomMessageEvent.SIGN_UP, client.clientId(), clientMetadata)));
        }
        return new SignUpResult(user, false, delivery);
    }

    /**
     * ConfirmSignUp: an UNCONFIRMED user and their code; a confirmed user is NotAuthorizedException.
     * The confirmation commits first, then the post confirmation trigger runs: as in Cognito, a
     * failing trigger reaches the caller as its error, but the user stays confirmed.
     */
    public void confirm(UserPool pool, AppClient client, String username, String code, boolean forceAliasCreation,
                        TriggerInput clientMetadata) {
        PoolUser confirmed = QuarkusTransaction.requiringNew().call(() -> {
            PoolUser user = names.find(pool, username).orElseThrow(() -> AccountNames.unknownUserOnConfirm(client));
            requireUnconfirmed(user);
            codes.redeem(pool, user, CodePurpose.SIGN_UP, code);
            PoolUser done = names.withVerifiedEmail(pool, user, forceAliasCreation).withStatus(UserStatus.CONFIRMED,
                    clock.instant());
            store.update(done);
            audit.record(AuditEntry.success(CodePurpose.SIGN_UP.auditAction()).withAccount(pool.accountId())
                    .withPool(pool.id()).withActor(user.username()).withTarget(user.username()));
            return done;
        });
        triggers.postConfirmation(pool, PostConfirmationEvent.CONFIRM_SIGN_UP, client.clientId(), confirmed,
                clientMetadata.values());
    }

    /**
     * ResendConfirmationCode: a new code replaces the old. The code commits before its mail is
     * sent, so an SMTP failure reaches the caller as CodeDeliveryFailureException.
     */
    public CodeDelivery resend(UserPool pool, AppClient client, String username, TriggerInput clientMetadata) {
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
        return mail.sendCode(pool, user, CodePurpose.SIGN_UP, code,
                new MessageSource(CustomMessageEvent.RESEND_CODE, client.clientId(), clientMetadata));
    }

    /**
     * AdminConfirmSignUp: confirms without a code; the email stays as verified as it was. The post
     * confirmation trigger runs after the commit with {@code PostConfirmation_ConfirmSignUp}, as in Cognito.
     */
    public void adminConfirm(String accountId, String actor, String poolId, String username,
                             TriggerInput clientMetadata) {
        record Confirmed(UserPool pool, PoolUser user) {
        }
        Confirmed confirmed = QuarkusTransaction.requiringNew().call(() -> {
            PoolUser user = users.get(accountId, poolId, username);
            requireUnconfirmed(user);
            PoolUser done = user.withStatus(UserStatus.CONFIRMED, clock.instant());
            store.update(done);
            codes.discard(user, CodePurpose.SIGN_UP);
            audit.record(AuditEntry.success("user.signup.admin-confirm").withAccount(accountId).withPool(poolId)
                    .withActor(actor).withTarget(user.username()));
            return new Confirmed(pools.get(accountId, poolId), done);
        });
        triggers.postConfirmation(confirmed.pool(), PostConfirmationEvent.CONFIRM_SIGN_UP, null, confirmed.user(),
                clientMetadata.values());
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
