package io.gatehouse.appauth;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.crypto.Totp;
import io.gatehouse.oidc.UserAccessRevocation;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signin.TotpEnrollment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A signed-in user's own account, authorized by their access token (Cognito's GetUser,
 * ChangePassword, DeleteUser, GlobalSignOut, AssociateSoftwareToken,
 * VerifySoftwareToken, SetUserMFAPreference). Reads and writes respect the client's attribute
 * permissions. Callers resolve the token once with {@link #signedIn(String)} and pass the result.
 */
@ApplicationScoped
public class UserSelfService {

    /** The attribute every client may read: the user's immutable id. */
    public static final String SUB = "sub";

    private final SignedInUsers signedIn;
    private final UserService users;
    private final UserStore store;
    private final PasswordHasher hasher;
    private final TotpEnrollment totp;
    private final MfaPreferences mfa;
    private final UserAccessRevocation revocation;
    private final AuditLog audit;

    public UserSelfService(SignedInUsers signedIn, UserService users, UserStore store, PasswordHasher hasher,
                           TotpEnrollment totp, MfaPreferences mfa, UserAccessRevocation revocation, AuditLog audit) {
        this.signedIn = signedIn;
        this.users = users;
        this.store = store;
        this.hasher = hasher;
        this.totp = totp;
        this.mfa = mfa;
        this.revocation = revocation;
        this.audit = audit;
    }

    /** The user the access token speaks for; every other method takes its result. */
    public SignedInUser signedIn(String accessToken) {
        return signedIn.require(accessToken);
    }

    /** GetUser: the attributes the client may read ({@code sub} always) and the MFA settings. */
    public UserProfile profile(SignedInUser me) {
        Map<String, String> readable = new LinkedHashMap<>();
        readable.put(SUB, me.user().sub().toString());
        new TreeMap<>(me.user().attributes()).forEach((name, value) -> {
            if (me.client().settings().canRead(name)) {
                readable.put(name, value);
            }
        });
        return new UserProfile(me.user().username(), readable, mfa.of(me.user()));
    }

    /** ChangePassword: the current password must be right (a wrong one is NotAuthorizedException). */
    @Transactional
    public void changePassword(SignedInUser me, String previous, String proposed) {
        if (previous == null || me.user().passwordHash() == null || !hasher.verify(previous, me.user().passwordHash())) {
            audit.recordAlone(AuditEntry.failure("user.password.change", "wrong password").withPool(me.pool().id())
                    .withActor(me.user().username()));
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Incorrect username or password.");
        }
        users.replacePassword(me.pool(), me.user(), proposed, UserStatus.CONFIRMED, "user.password.change");
    }

    @Transactional
    public void delete(SignedInUser me) {
        revocation.accessRevoked(me.pool().id(), me.user().sub());
        store.delete(me.user().sub());
        audit.record(AuditEntry.success("user.delete").withAccount(me.pool().accountId()).withPool(me.pool().id())
                .withActor(me.user().username()).withTarget(me.user().username()));
    }

    /** GlobalSignOut: every refresh token and access token of the user stops working. */
    @Transactional
    public void globalSignOut(SignedInUser me) {
        revocation.accessRevoked(me.pool().id(), me.user().sub());
        audit.record(AuditEntry.success("user.signout.global").withAccount(me.pool().accountId())
                .withPool(me.pool().id()).withActor(me.user().username()).withTarget(me.user().username()));
    }

    /**
     * AssociateSoftwareToken: a new secret, and its {@code otpauth://} URI issued by the pool's
     * name for the username ("neither issuer nor account name may themselves contain a colon").
     */
    public TotpSecret associateSoftwareToken(SignedInUser me) {
        String secret = totp.associate(me.pool(), me.user());
        return new TotpSecret(secret, Totp.otpauthUri(noColon(me.pool().name()), noColon(me.user().username()), secret));
    }

    public void verifySoftwareToken(SignedInUser me, String code) {
        totp.verify(me.pool(), me.user(), code);
    }

    public void setMfaPreference(SignedInUser me, MfaPreferences.Setting totpSetting,
                                 MfaPreferences.Setting emailSetting) {
        mfa.set(me.pool(), me.user(), totpSetting, emailSetting, me.user().username());
    }

    private static String noColon(String label) {
        return label.replace(':', ' ');
    }
}
