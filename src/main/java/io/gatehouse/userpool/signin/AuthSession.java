package io.gatehouse.userpool.signin;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in waiting for the answer to a challenge: which pool, client and user, which challenge,
 * and what the next step needs to know ({@code state}, e.g. the SRP secret or the methods
 * already proven). Stored under the hash of the session string handed to the client.
 */
public record AuthSession(String idHash, String poolId, String clientId, UUID sub, ChallengeName challenge,
                          Map<String, String> state, Instant expiresAt) {

    public AuthSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(challenge, "challenge");
        state = Map.copyOf(state);
    }
}
