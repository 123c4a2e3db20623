package io.gatehouse.oidc.web;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.core.Ids;
import io.gatehouse.oidc.OidcConfig;
import io.gatehouse.oidc.SsoSession;
import io.gatehouse.oidc.SsoSessionStore;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserDirectory;
import io.gatehouse.userpool.UserSnapshot;
import io.gatehouse.userpool.signin.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The browser's sign-in to a pool's hosted login: found from the session cookie, started after a
 * password sign-in, ended by logout. A session only counts while its user still exists and is
 * enabled, so disabling a user also ends their SSO at once.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#Authenticates">OIDC Core §3.1.2.3</a>
 */
@ApplicationScoped
class SsoSessions {

    private final SsoSessionStore store;
    private final UserDirectory users;
    private final OidcConfig config;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    SsoSessions(SsoSessionStore store, UserDirectory users, OidcConfig config, AuditLog audit, Ids ids, Clock clock) {
        this.store = store;
        this.users = users;
        this.config = config;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** The signed-in user behind a session cookie value, if the session is active and the user enabled. */
    Optional<SignedIn> current(String poolId, String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        return store.findActive(SecretDigest.sha256Hex(cookieValue), clock.instant())
                .filter(s -> s.poolId().equals(poolId))
                .flatMap(s -> users.find(s.sub()).map(UserSnapshot::user).filter(PoolUser::enabled)
                        .map(u -> new SignedIn(s, u)));
    }

    /**
     * The session's user if the request may be answered without a password: not when the client
     * demands a fresh sign-in with {@code prompt=login}, nor when the sign-in is older than
     * {@code max_age} (OIDC Core §3.1.2.1).
     */
    Optional<SignedIn> usableFor(String poolId, String cookieValue, AuthorizationRequest request) {
        if (request.hasPrompt(AuthorizationRequest.PROMPT_LOGIN)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return current(poolId, cookieValue).filter(s -> s.session().satisfiesMaxAge(request.maxAge(), now));
    }

    /**
     * Starts a session for a completed sign-in and returns the new cookie value. A session the
     * browser already had is revoked: every sign-in gets a fresh id (no session fixation).
     */
    @Transactional
    String start(String poolId, SignInResult result, String previousCookieValue) {
        Instant now = clock.instant();
        if (previousCookieValue != null) {
            store.revoke(SecretDigest.sha256Hex(previousCookieValue), now);
        }
        String value = ids.token(32);
        store.create(new SsoSession(SecretDigest.sha256Hex(value), poolId, result.user().sub(), result.authTime(),
                result.amr(), now.plus(config.ssoSessionLifetime()), null));
        return value;
    }

    /** Revokes the browser's session, if any, and audits the sign-out; returns the user it belonged to. */
    @Transactional
    Optional<PoolUser> end(String poolId, String cookieValue, String clientId) {
        Optional<SignedIn> signedIn = current(poolId, cookieValue);
        if (cookieValue != null) {
            store.revoke(SecretDigest.sha256Hex(cookieValue), clock.instant());
        }
        Optional<PoolUser> user = signedIn.map(SignedIn::user);
        audit.record(AuditEntry.success("signout").withPool(poolId).withActor(clientId)
                .withTarget(user.map(PoolUser::username).orElse(null)));
        return user;
    }

    /** An active session and its (enabled) user. */
    record SignedIn(SsoSession session, PoolUser user) {
    }
}
