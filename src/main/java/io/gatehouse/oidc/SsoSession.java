package io.gatehouse.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's sign-in to a pool's hosted login in one browser. The browser holds a random 256-bit
 * id in a cookie; the server keeps only its SHA-256. {@code authTime} and {@code amr} are those
 * of the password sign-in that created it and flow into every code issued from it.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">OIDC Core §2 auth_time, amr</a>
 */
public record SsoSession(String idHash, String poolId, UUID sub, Instant authTime, List<String> amr,
                         Instant expiresAt, Instant revokedAt) {

    public SsoSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(authTime, "authTime");
        amr = List.copyOf(amr);
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Whether the sign-in is recent enough for {@code max_age} (seconds; null when absent).
     * OIDC Core §3.1.2.1: "If the elapsed time is greater than this value, the OP MUST attempt to
     * actively re-authenticate the End-User"; {@code max_age=0} always re-authenticates, like
     * {@code prompt=login}.
     */
    public boolean satisfiesMaxAge(Long maxAgeSeconds, Instant now) {
        if (maxAgeSeconds == null) {
            return true;
        }
        return maxAgeSeconds > 0 && Duration.between(authTime, now).compareTo(Duration.ofSeconds(maxAgeSeconds)) <= 0;
    }
}
