package io.gatehouse.userpool.triggers;

import java.time.Instant;
import java.util.Optional;

/**
 * The signing secret of each pool's triggers. Implementations store it only encrypted under the
 * master key, never in the pool's settings (which the admin API returns), and delete it with
 * the pool. There is one secret per pool: {@link #replace} makes the previous one useless at once.
 */
public interface TriggerSecretStore {

    /** Stores {@code secret} unless the pool already has one; true when this call stored it. */
    boolean createIfAbsent(String poolId, String secret, Instant now);

    /** Stores {@code secret} in place of the pool's current one (or as its first). */
    void replace(String poolId, String secret, Instant now);

    Optional<String> find(String poolId);
}
