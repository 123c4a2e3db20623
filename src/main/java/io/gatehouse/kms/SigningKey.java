package io.gatehouse.kms;

import java.time.Instant;

/**
 * A pool's JWT signing key. It is published from creation, signs from {@code signsFrom} until a
 * newer key takes over, and is published until {@code publishUntil} (null while current).
 */
public record SigningKey(String kid, String poolId, String algorithm, String publicJwk, Instant createdAt,
                         Instant signsFrom, Instant retiredAt, Instant publishUntil) {

    public boolean publishedAt(Instant now) {
        return publishUntil == null || now.isBefore(publishUntil);
    }

    public boolean canSignAt(Instant now) {
        return !now.isBefore(signsFrom) && (retiredAt == null || now.isBefore(retiredAt));
    }
}
