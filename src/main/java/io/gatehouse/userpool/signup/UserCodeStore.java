package io.gatehouse.userpool.signup;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of one-time codes sent to users. Security rules every implementation keeps:
 * <ul>
 *   <li>only a hash of the code is stored, never the code;</li>
 *   <li>there is at most one live code per (user, purpose): {@link #replace} overwrites the previous
 *       one and resets its failed-attempt count;</li>
 *   <li>a code is single use: {@link #consume} deletes it only if it is still the same code, so two
 *       concurrent redemptions of one code cannot both succeed;</li>
 *   <li>{@link #recordFailedAttempt} is an atomic increment, so concurrent wrong guesses on several
 *       nodes are all counted.</li>
 * </ul>
 * Codes go with their user (ON DELETE CASCADE).
 */
public interface UserCodeStore {

    /**
     * Stores {@code code} as the live code of its (sub, purpose) and returns how many codes were
     * issued for that pair in the current window, this one included. A window that started before
     * {@code windowStartsAfter} is over: the count restarts at 1 with a window starting now.
     */
    int replace(StoredCode code, Instant windowStartsAfter);

    Optional<StoredCode> find(UUID sub, String purpose);

    /** Counts one wrong attempt on the live code and returns the new count (0 when there is no code). */
    int recordFailedAttempt(UUID sub, String purpose);

    /** Deletes the live code if its hash is still {@code codeHash}; false when it was already used or replaced. */
    boolean consume(UUID sub, String purpose, String codeHash);

    /** Deletes the live code of the pair, whatever it is (an administrator confirmed the user instead). */
    void discard(UUID sub, String purpose);

    /**
     * Deletes the codes that expired at or before {@code now} and whose issue window started
     * before {@code windowStartsAfter}: such a row can no longer be redeemed and no longer counts
     * against the issue limit, so deleting it changes nothing a caller can observe. Returns how many.
     */
    int deleteExpired(Instant now, Instant windowStartsAfter);

    /** A code as stored: its hash, failed attempts so far, expiry and issue time. */
    record StoredCode(UUID sub, String purpose, String codeHash, int attempts, Instant expiresAt, Instant createdAt) {
    }
}
