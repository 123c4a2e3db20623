package io.gatehouse.kms;

import java.time.Instant;
import java.util.List;

/** Storage of signing keys; private keys are stored sealed under the master key, never in clear. */
public interface SigningKeyStore {

    void insert(SigningKey key, byte[] sealedPrivateKey);

    /** Keys of the pool that are still published, oldest first. */
    List<SigningKey> published(String poolId, Instant now);

    byte[] sealedPrivateKey(String kid);

    /** Marks every signing key of the pool older than {@code successorSignsFrom} retired at that time. */
    void retireOlder(String poolId, Instant successorSignsFrom, Instant publishUntil);

    /** Pools whose newest key was created before {@code cutoff}. */
    List<String> poolsWithKeysOlderThan(Instant cutoff);

    int deleteUnpublished(Instant now);
}
