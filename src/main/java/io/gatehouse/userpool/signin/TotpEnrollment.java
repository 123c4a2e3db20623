package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.Base32;
import io.gatehouse.crypto.Totp;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Enrolls an authenticator app (AssociateSoftwareToken, then VerifySoftwareToken), either for
 * a signed-in user or inside a sign-in that hit MFA_SETUP. A new secret replaces any earlier
 * one but counts only once a code from it was verified; within a sign-in each step hands out
 * a new session, and MFA_SETUP completes only after the verification step.
 */
@ApplicationScoped
public class TotpEnrollment {

    static final String VERIFIED = "verified";

    private final UserMfaStore store;
    private final UserStore users;
    private final TotpCheck check;
    private final AuthSessions sessions;
    private final AuditLog audit;
    private final UserPoolDirectory directory;
    private final SecureRandom random = new SecureRandom();

    public TotpEnrollment(UserMfaStore store, UserStore users, TotpCheck check, AuthSessions sessions, AuditLog audit,
                          UserPoolDirectory directory) {
        this.directory = directory;
        this.store = store;
        this.users = users;
        this.check = check;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** A new secret for the user (Base32, as AssociateSoftwareToken's SecretCode). */
    @Transactional
    public String associate(UserPool pool, PoolUser user) {
        byte[] secret = Totp.newSecret(random);
        store.save(store.find(user.sub()).orElse(UserMfa.none(user.sub())).withPendingTotp(secret));
        audit.record(AuditEntry.success("user.mfa.totp.associate").withAccount(pool.accountId()).withPool(pool.id())
                .withActor(user.username()).withTarget(user.username()));
        return Base32.encode(secret);
    }

    /** Proves the user holds the associated secret; from then on TOTP is an enabled factor. */
    @Transactional
    public void verify(UserPool pool, PoolUser user, String code) {
        UserMfa mfa = store.find(user.sub()).filter(m -> m.totpSecret() != null)
                .orElseThrow(() -> new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Call AssociateSoftwareToken before VerifySoftwareToken"));
        long step = check.requireEnrollmentCode(pool, user, mfa, code);
        store.save(mfa.withTotpVerified(step));
        audit.record(AuditEntry.success("user.mfa.totp.verify").withAccount(pool.accountId()).withPool(pool.id())
                .withActor(user.username()).withTarget(user.username()));
    }

    /** AssociateSoftwareToken with a Session: the secret and the session for the next step. */
    @Transactional
    public Map.Entry<String, String> associateInSignIn(String session) {
        return associateInSignIn(sessions.take(session, ChallengeName.MFA_SETUP));
    }

    /** As {@link #associateInSignIn(String)}, for a caller that names its client: the session must be that client's. */
    @Transactional
    public Map.Entry<String, String> associateInSignIn(AppClient client, String session) {
        return associateInSignIn(sessions.take(session, client, ChallengeName.MFA_SETUP));
    }

    /** VerifySoftwareToken with a Session: the session that completes MFA_SETUP. */
    @Transactional
    public String verifyInSignIn(String session, String code) {
        return verifyInSignIn(sessions.take(session, ChallengeName.MFA_SETUP), code);
    }

    /** As {@link #verifyInSignIn(String, String)}, for a caller that names its client: the session must be that client's. */
    @Transactional
    public String verifyInSignIn(AppClient client, String session, String code) {
        return verifyInSignIn(sessions.take(session, client, ChallengeName.MFA_SETUP), code);
    }

    private Map.Entry<String, String> associateInSignIn(AuthSession taken) {
        AppClient client = client(taken);
        String secret = associate(pool(client), user(taken));
        return Map.entry(secret, next(client, taken, false));
    }

    private String verifyInSignIn(AuthSession taken, String code) {
        AppClient client = client(taken);
        verify(pool(client), user(taken), code);
        return next(client, taken, true);
    }

    private AppClient client(AuthSession session) {
        return directory.client(session.clientId())
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
    }

    private UserPool pool(AppClient client) {
        return directory.pool(client.poolId())
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
    }

    private String next(AppClient client, AuthSession taken, boolean verified) {
        return sessions.challenge(client, taken.sub(), ChallengeName.MFA_SETUP, Map.of(),
                Map.of(VERIFIED, Boolean.toString(verified))).session();
    }

    private PoolUser user(AuthSession session) {
        return users.findBySub(session.sub()).filter(PoolUser::enabled)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
    }
}
