package io.gatehouse.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A session token opened by {@link SessionTokens}: the temporary access key it belongs to, that
 * key's secret (held only in memory while verifying a signature), who the session is, and when it
 * expires.
 */
public record OpenedSession(String accessKeyId, String secretAccessKey, Caller caller, Instant expiresAt) {

    public OpenedSession {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OpenedSession[" + accessKeyId + ", " + caller.principalArn() + ", expires " + expiresAt + "]";
    }
}
