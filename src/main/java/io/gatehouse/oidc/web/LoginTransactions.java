package io.gatehouse.oidc.web;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.core.Ids;
import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.oidc.LoginTransactionStore;
import io.gatehouse.oidc.OidcConfig;
import io.gatehouse.oidc.message.AuthorizationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

/**
 * Hosted-login transactions: a validated authorization request parked while the user signs in.
 * Its id (in the login URL) and CSRF token (in the form and, double-submitted, in a cookie) are
 * 256-bit random values stored only as SHA-256 digests. The transaction ends when the login
 * completes ({@link #consume}, single use) or expires.
 */
@ApplicationScoped
class LoginTransactions {

    private final LoginTransactionStore store;
    private final OidcConfig config;
    private final Ids ids;
    private final Clock clock;

    LoginTransactions(LoginTransactionStore store, OidcConfig config, Ids ids, Clock clock) {
        this.store = store;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    Started start(String poolId, AuthorizationRequest request) {
        String id = ids.token(32);
        String csrfToken = ids.token(32);
        String idHash = SecretDigest.sha256Hex(id);
        Instant expiresAt = clock.instant().plus(config.loginTransactionLifetime());
        store.create(new LoginTransaction(idHash, poolId, request, SecretDigest.sha256Hex(csrfToken), expiresAt));
        return new Started(id, idHash, csrfToken);
    }

    /** The live transaction of this pool with that id; anything else is an expired sign-in. */
    LoginTransaction require(String poolId, String id) {
        if (id == null || id.isEmpty()) {
            throw new PageException(PageError.LOGIN_EXPIRED, poolId, null);
        }
        return store.find(SecretDigest.sha256Hex(id), clock.instant()).filter(t -> t.poolId().equals(poolId))
                .orElseThrow(() -> new PageException(PageError.LOGIN_EXPIRED, poolId, null));
    }

    /**
     * Double-submit check: the form's token must equal the cookie's (so a token leaked without
     * the browser's cookie is useless) and match the digest stored with the transaction (so a
     * cookie planted for another transaction is useless). Both comparisons are constant-time.
     */
    static boolean csrfMatches(LoginTransaction tx, String formToken, String cookieToken) {
        if (formToken == null || cookieToken == null) {
            return false;
        }
        boolean sameAsCookie = MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8),
                cookieToken.getBytes(StandardCharsets.UTF_8));
        return SecretDigest.matches(formToken, tx.csrfHash()) & sameAsCookie;
    }

    /** Ends the transaction; false when another submission already completed it or it expired. */
    boolean consume(LoginTransaction tx) {
        return store.consume(tx.idHash(), clock.instant());
    }

    /** A new transaction's secrets, returned once: only their digests are stored. */
    record Started(String id, String idHash, String csrfToken) {
    }
}
