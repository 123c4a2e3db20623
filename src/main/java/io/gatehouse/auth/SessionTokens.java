package io.gatehouse.auth;

import java.util.Optional;

/**
 * Opens the session tokens of temporary credentials (sent as {@code X-Amz-Security-Token} with a
 * SigV4 signature, or as a bearer token on the native API). A token is self-contained and
 * authenticated, so any node can open it without a database read.
 */
public interface SessionTokens {

    /** The session, or empty when the token was not issued by this deployment or was altered. */
    Optional<OpenedSession> open(String sessionToken);
}
