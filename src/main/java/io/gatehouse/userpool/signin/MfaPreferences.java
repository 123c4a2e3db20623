package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which second factors a user has turned on and which one is preferred (SetUserMFAPreference):
 * TOTP only once an authenticator app was verified, email only with a verified email address.
 * A null setting leaves that factor as it is; a setting for the preferred factor with
 * {@code preferred: false} withdraws the preference.
 */
@ApplicationScoped
public class MfaPreferences {

    private final UserMfaStore store;
    private final AuditLog audit;

    public MfaPreferences(UserMfaStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One factor's requested setting. */
    public record Setting(boolean enabled, boolean preferred) {
    }

    @Transactional
    public void set(UserPool pool, PoolUser user, Setting totp, Setting email, String actor) {
        UserMfa current = store.find(user.sub()).orElse(UserMfa.none(user.sub()));
        boolean totpOn = totp == null ? current.totpEnabled() : totp.enabled();
        boolean emailOn = email == null ? current.emailEnabled() : email.enabled();
        if (totpOn && !(current.totpSecret() != null && current.totpVerified())) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "User has not verified software token mfa");
        }
        if (emailOn && !"true".equals(user.attribute(StandardAttributes.EMAIL_VERIFIED))) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "User does not have a verified email address");
        }
        MfaType preferred = preferred(current, totp, email, totpOn, emailOn);
        store.save(current.withPreferences(totpOn, emailOn, preferred));
        audit.record(AuditEntry.success("user.mfa.preference").withAccount(pool.accountId()).withPool(pool.id())
                .withActor(actor).withTarget(user.username()));
    }

    /** The user's enabled factors and preferred one, for GetUser / AdminGetUser. */
    public Optional<UserMfa> of(PoolUser user) {
        return store.find(user.sub());
    }

    public static List<String> enabledNames(UserMfa mfa) {
        List<String> names = new ArrayList<>();
        if (mfa.totpReady()) {
            names.add(MfaType.SOFTWARE_TOKEN_MFA.name());
        }
        if (mfa.emailEnabled()) {
            names.add(MfaType.EMAIL_OTP.name());
        }
        return names;
    }

    private static MfaType preferred(UserMfa current, Setting totp, Setting email, boolean totpOn, boolean emailOn) {
        if (totp != null && totp.preferred() && totpOn) {
            return MfaType.SOFTWARE_TOKEN_MFA;
        }
        if (email != null && email.preferred() && emailOn) {
            return MfaType.EMAIL_OTP;
        }
        MfaType kept = current.preferred();
        boolean stillOn = kept == MfaType.SOFTWARE_TOKEN_MFA && totpOn || kept == MfaType.EMAIL_OTP && emailOn;
        boolean withdrawn = kept == MfaType.SOFTWARE_TOKEN_MFA && totp != null
                || kept == MfaType.EMAIL_OTP && email != null;
        return stillOn && !withdrawn ? kept : null;
    }
}
