package io.gatehouse.kms;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates signing keys older than {@link SigningConfig#rotationAge()} and deletes keys no longer
 * published. Runs on one node at a time (advisory lock).
 */
@ApplicationScoped
public class KeyRotationJob {


    private final SigningKeyService keys;
    private final SigningKeyStore store;
    private final SigningConfig config;
    private final SingletonJob singleton;
    private final Clock clock;

    public KeyRotationJob(SigningKeyService keys, SigningKeyStore store, SigningConfig config, SingletonJob singleton,
                          Clock clock) {
        this.keys = keys;
        this.store = store;
        this.config = config;
        this.singleton = singleton;
        this.clock = clock;
    }

    @Scheduled(every = "${gatehouse.signing.rotation-schedule:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        if (singleton.tryLock(JobLock.SIGNING_KEY_ROTATION)) {
            rotateKeysCreatedBefore(clock.instant().minus(config.rotationAge()));
        }
    }

    /** Rotates every pool whose newest key was created before the cutoff; drops keys past their publication. */
    @Transactional
    void rotateKeysCreatedBefore(Instant cutoff) {
        store.poolsWithKeysOlderThan(cutoff).forEach(poolId -> keys.rotate(poolId, "system:key-rotation"));
        store.deleteUnpublished(clock.instant());
    }
}
