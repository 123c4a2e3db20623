package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Console passwords of IAM users (login profiles), checked against the account's password policy
 * on every create, update and ChangePassword. {@link #verifyPassword} is the check console sign-in uses.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html">CreateLoginProfile</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html">ChangePassword</a>
 */
@ApplicationScoped
public class LoginProfileService {

    private static final int HISTORY = 24;

    private final IamUserStore store;
    private final IamUserService users;
    private final PasswordRules rules;
    private final AccountSettingsStore settings;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public LoginProfileService(IamUserStore store, IamUserService users, PasswordRules rules,
                               AccountSettingsStore settings, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.rules = rules;
        this.settings = settings;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LoginProfile create(String accountId, String actor, String userName, String password, boolean resetRequired) {
        IamInput.password(password, "password");
        IamUser user = users.get(accountId, userName);
        if (store.password(user.id()).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS,
                    "Login Profile for user " + user.name() + " already exists.");
        }
        rules.check(accountId, user.name(), password, List.of());
        Instant now = clock.instant();
        store.setPassword(user.id(), new IamUserStore.StoredPassword(hasher.hash(password), resetRequired, now, List.of()));
        audit.record(IamAudit.success("iam.login-profile.create", accountId, actor, user.arn()));
        return new LoginProfile(user.name(), now, resetRequired);
    }

    public LoginProfile get(String accountId, String userName) {
        IamUser user = users.get(accountId, userName);
        IamUserStore.StoredPassword stored = stored(user);
        return new LoginProfile(user.name(), stored.setAt(), stored.resetRequired());
    }

    /** UpdateLoginProfile: a new password and/or a new reset flag; absent values are kept. */
    @Transactional
    public LoginProfile update(String accountId, String actor, String userName, String password, Boolean resetRequired) {
        IamUser user = users.get(accountId, userName);
        IamUserStore.StoredPassword current = stored(user);
        boolean reset = resetRequired == null ? current.resetRequired() : resetRequired;
        IamUserStore.StoredPassword next = password == null
                ? new IamUserStore.StoredPassword(current.hash(), reset, current.setAt(), current.history())
                : replaced(accountId, user, IamInput.password(password, "password"), current, reset);
        store.setPassword(user.id(), next);
        audit.record(IamAudit.success("iam.login-profile.update", accountId, actor, user.arn()));
        return new LoginProfile(user.name(), next.setAt(), reset);
    }

    @Transactional
    public void delete(String accountId, String actor, String userName) {
        IamUser user = users.get(accountId, userName);
        stored(user);
        store.clearPassword(user.id());
        audit.record(IamAudit.success("iam.login-profile.delete", accountId, actor, user.arn()));
    }

    /**
     * ChangePassword by the calling IAM user: the old password must match, the new one must
     * satisfy the policy; the reset requirement is cleared. The root user cannot use it.
     */
    @Transactional
    public void changePassword(String accountId, String callerArn, String oldPassword, String newPassword) {
        IamInput.password(oldPassword, "oldPassword");
        IamInput.password(newPassword, "newPassword");
        if (IamArns.userName(accountId, callerArn) == null) {
            throw new GatehouseException(IamError.INVALID_USER_TYPE, "Only IAM users can change their own password.");
        }
        IamUser user = users.subject(accountId, callerArn, null);
        IamUserStore.StoredPassword current = stored(user);
        if (!hasher.verify(oldPassword, current.hash())) {
            audit.recordAlone(AuditEntry.failure("iam.password.change", "AccessDenied").withAccount(accountId)
                    .withActor(callerArn).withTarget(user.arn()));
            throw new GatehouseException(IamError.ACCESS_DENIED, "The old password is incorrect.");
        }
        if (expiredHard(accountId, current)) {
            throw new GatehouseException(IamError.ACCESS_DENIED,
                    "The password has expired and the account's password policy requires an administrator to reset it.");
        }
        store.setPassword(user.id(), replaced(accountId, user, newPassword, current, false));
        audit.record(IamAudit.success("iam.password.change", accountId, callerArn, user.arn()));
    }

    /**
     * For console sign-in: true when {@code password} is the user's console password (checked in
     * constant time); records the use. False for unknown users and users without a password.
     */
    @Transactional
    public boolean verifyPassword(String accountId, String userName, String password) {
        return users.find(accountId, userName).flatMap(user -> store.password(user.id())
                .filter(stored -> hasher.verify(password, stored.hash()))
                .map(stored -> {
                    store.passwordUsed(user.id(), clock.instant());
                    return true;
                })).orElse(false);
    }

    private IamUserStore.StoredPassword replaced(String accountId, IamUser user, String password,
                                                IamUserStore.StoredPassword current, boolean reset) {
        List<String> previous = new ArrayList<>();
        previous.add(current.hash());
        previous.addAll(current.history());
        rules.check(accountId, user.name(), password, previous);
        return new IamUserStore.StoredPassword(hasher.hash(password), reset, clock.instant(),
                previous.subList(0, Math.min(previous.size(), HISTORY)));
    }

    private boolean expiredHard(String accountId, IamUserStore.StoredPassword current) {
        return settings.passwordPolicy(accountId)
                .filter(p -> p.maxPasswordAge() != null && Boolean.TRUE.equals(p.hardExpiry()))
                .map(p -> current.setAt().plus(Duration.ofDays(p.maxPasswordAge())).isBefore(clock.instant()))
                .orElse(false);
    }

    private IamUserStore.StoredPassword stored(IamUser user) {
        return store.password(user.id()).orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY,
                "Login Profile for User " + user.name() + " cannot be found."));
    }
}
