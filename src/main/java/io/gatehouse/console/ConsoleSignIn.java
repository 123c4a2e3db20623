package io.gatehouse.console;

import io.gatehouse.account.AccountService;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
import io.gatehouse.iam.LoginProfileService;
import io.gatehouse.iam.MfaDeviceService;
import io.gatehouse.sts.SessionGrant;
import io.gatehouse.sts.SessionIssuer;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.userpool.signin.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Console sign-in for the root user (email + password) and IAM users (account id or alias + user
 * name + password), then the code of the principal's MFA device when it has one. Success is an
 * STS-style session ({@code aws:MultiFactorAuthPresent} set when a code was checked). The steps:
 * throttle, check the password (an unknown principal costs the same hash as a wrong password and
 * gets the same answer), require and check the MFA code, issue the session, audit.
 */
@ApplicationScoped
public class ConsoleSignIn {

    static final String WRONG_CREDENTIALS = "Your authentication information is incorrect. Please try again.";

    private final AccountService accounts;
    private final IamUserService users;
    private final LoginProfileService logins;
    private final MfaDeviceService mfa;
    private final SessionIssuer sessions;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public ConsoleSignIn(AccountService accounts, IamUserService users, LoginProfileService logins,
                         MfaDeviceService mfa, SessionIssuer sessions, SignInThrottle throttle, PasswordHasher hasher,
                         AuditLog audit, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.users = Objects.requireNonNull(users, "users");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ConsoleSession signIn(ConsoleCredentials credentials, String sourceIp) {
        String userKey = throttleKey(credentials);
        String ipKey = "console-ip:" + Objects.requireNonNullElse(sourceIp, "unknown");
        if (throttle.isBlocked(List.of(userKey, ipKey))) {
            fail(credentials, null, "TooManyRequests");
            throw new GatehouseException(CommonError.TOO_MANY_REQUESTS, "Too many failed sign-in attempts; try later");
        }
        Principal principal = checkPassword(credentials).orElseGet(() -> {
            throttle.recordFailure(userKey, ipKey);
            fail(credentials, null, "WrongCredentials");
            throw new GatehouseException(CommonError.NOT_AUTHORIZED, WRONG_CREDENTIALS);
        });
        Instant mfaAt = checkMfa(credentials, principal, userKey, ipKey);
        throttle.recordSuccess(userKey);
        TemporaryCredentials issued = sessions.issue(SessionGrant.forPrincipal(principal.accountId(),
                principal.arn(), principal.type(), principal.userId(), credentials.duration(), mfaAt));
        audit.recordAlone(AuditEntry.success("console.sign-in").withAccount(principal.accountId())
                .withActor(principal.arn()).withTarget(issued.accessKeyId()));
        return new ConsoleSession(principal.accountId(), principal.arn(), issued, mfaAt != null,
                principal.passwordResetRequired());
    }

    /** The principal whose password this is, or empty; the same work either way. */
    private Optional<Principal> checkPassword(ConsoleCredentials credentials) {
        if (credentials.root()) {
            return accounts.verifyRootPassword(credentials.email(), credentials.password())
                    .map(account -> new Principal(account, "arn:aws:iam::" + account + ":root", PrincipalType.ROOT,
                            account, null, false));
        }
        Optional<IamUser> user = accounts.resolveAccount(credentials.account())
                .flatMap(account -> users.find(account, credentials.userName()));
        if (user.isEmpty()) {
            hasher.verifyDecoy(credentials.password());
            return Optional.empty();
        }
        IamUser found = user.get();
        if (!logins.verifyPassword(found.accountId(), found.name(), credentials.password())) {
            return Optional.empty();
        }
        return Optional.of(new Principal(found.accountId(), found.arn(), PrincipalType.USER, found.id(), found.name(),
                logins.get(found.accountId(), found.name()).passwordResetRequired()));
    }

    /** When the principal has an MFA device, its current code is required; returns when it was proved. */
    private Instant checkMfa(ConsoleCredentials credentials, Principal principal, String userKey, String ipKey) {
        if (mfa.listFor(principal.accountId(), principal.arn(), principal.userName()).isEmpty()) {
            return null;
        }
        if (credentials.mfaCode() == null) {
            throw new GatehouseException(ConsoleError.MFA_REQUIRED,
                    "This principal has an MFA device: sign in again with its current code (mfaCode)");
        }
        if (!mfa.verifyForUser(principal.accountId(), principal.userName(), credentials.mfaCode()).accepted()) {
            throttle.recordFailure(userKey, ipKey);
            fail(credentials, principal.accountId(), "InvalidAuthenticationCode");
            throw new GatehouseException(CommonError.NOT_AUTHORIZED, "The MFA code is not valid");
        }
        return clock.instant();
    }

    private void fail(ConsoleCredentials credentials, String accountId, String reason) {
        audit.recordAlone(AuditEntry.failure("console.sign-in", reason).withAccount(accountId)
                .withTarget(credentials.root() ? "root" : credentials.account() + "/" + credentials.userName()));
    }

    private static String throttleKey(ConsoleCredentials credentials) {
        return "console:" + (credentials.root() ? credentials.email()
                : credentials.account() + "/" + credentials.userName()).toLowerCase(Locale.ROOT);
    }

    /** Who the password belongs to; {@code userName} is null for the root user. */
    private record Principal(String accountId, String arn, PrincipalType type, String userId, String userName,
                             boolean passwordResetRequired) {
    }
}
