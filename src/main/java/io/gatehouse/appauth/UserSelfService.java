package io.gatehouse.appauth;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.oidc.UserAccessRevocation;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signin.TotpEnrollment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * A signed-in user's own account, authorized by their access token (Cognito's GetUser,
 * UpdateUserAttributes, ChangePassword, DeleteUser, GlobalSignOut, AssociateSoftwareToken,
 * VerifySoftwareToken, SetUserMFAPreference). Reads and writes respect the client's attribute
 * permissions.
 */
@ApplicationScoped
public class UserSelfService {

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

    public SignedInUser get(String accessToken) {
        return signedIn.require(accessToken);
    }

    @Transactional
    public PoolUser updateAttributes(String accessToken, Map<String, String> changes) {
        SignedInUser me = signedIn.require(accessToken);
        return users.changeOwnAttributes(me.pool(), me.client(), me.user(), changes);
    }

    /** ChangePassword: the current password must be right (a wrong one is NotAuthorizedException). */
    @Transactional
    public void changePassword(String accessToken, String previous, String proposed) {
        SignedInUser me = signedIn.require(accessToken);
        if (previous == null || me.user().passwordHash() == null || !hasher.verify(previous, me.user().passwordHash())) {
            audit.recordAlone(AuditEntry.failure("user.password.change", "wrong password").withPool(me.pool().id())
                    .withActor(me.user().username()));
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, "Incorrect username or password.");
        }
        users.replacePassword(me.pool(), me.user(), proposed, UserStatus.CONFIRMED, "user.password.change");
    }

    @Transactional
    public void delete(String accessToken) {
        SignedInUser me = signedIn.require(accessToken);
        revocation.accessRevoked(me.pool().id(), me.user().sub());
        store.delete(me.user().sub());
        audit.record(AuditEntry.success("user.delete").withAccount(me.pool().accountId()).withPool(me.pool().id())
                .withActor(me.user().username()).withTarget(me.user().username()));
    }

    /** GlobalSignOut: every refresh token and access token of the user stops working. */
    @Transactional
    public void globalSignOut(String accessToken) {
        SignedInUser me = signedIn.require(accessToken);
        revocation.accessRevoked(me.pool().id(), me.user().sub());
        audit.record(AuditEntry.success("user.signout.global").withAccount(me.pool().accountId())
                .withPool(me.pool().id()).withActor(me.user().username()).withTarget(me.user().username()));
    }

    public String associateSoftwareToken(String accessToken) {
        SignedInUser me = signedIn.require(accessToken);
        return totp.associate(me.pool(), me.user());
    }

    public void verifySoftwareToken(String accessToken, String code) {
        SignedInUser me = signedIn.require(accessToken);
        totp.verify(me.pool(), me.user(), code);
    }

    public void setMfaPreference(String accessToken, MfaPreferences.Setting totpSetting,
                                 MfaPreferences.Setting emailSetting) {
        SignedInUser me = signedIn.require(accessToken);
        mfa.set(me.pool(), me.user(), totpSetting, emailSetting, me.user().username());
    }
}
