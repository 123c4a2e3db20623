package io.gatehouse.sts;

import java.time.Instant;
import java.util.Objects;

/** Temporary credentials as STS returns them; the secret and token are never printed. */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
                                   Instant expiration) {

    public TemporaryCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(expiration, "expiration");
    }

    @Override
    public String toString() {
        return "TemporaryCredentials[" + accessKeyId + ", expires " + expiration + "]";
    }
}
