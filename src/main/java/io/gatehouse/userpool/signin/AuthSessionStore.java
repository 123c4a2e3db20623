package io.gatehouse.userpool.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of sign-in sessions. A session is single use: {@link #take} deletes it atomically and
 * returns it only if it had not expired, so of two concurrent answers to one challenge at most
 * one proceeds, and a replayed session string finds nothing.
 */
public interface AuthSessionStore {

    void insert(AuthSession session);

    Optional<AuthSession> take(String idHash, Instant now);

    int deleteExpired(Instant now);
}
