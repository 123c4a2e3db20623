package io.gatehouse.oidc;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of hosted-login transactions, keyed by the SHA-256 of their id. A transaction is
 * single use: {@link #consume} deletes it atomically, so of two concurrent submissions of the
 * same login form exactly one completes the authorization; a replayed form finds nothing.
 * An expired transaction is never returned.
 */
public interface LoginTransactionStore {

    void create(LoginTransaction transaction);

    /** The transaction if it exists and has not expired at {@code now}. */
    Optional<LoginTransaction> find(String idHash, Instant now);

    /** Deletes the transaction; true only for the one caller that removed a still valid transaction. */
    boolean consume(String idHash, Instant now);

    int deleteExpired(Instant before);
}
