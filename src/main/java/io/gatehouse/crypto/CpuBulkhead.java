package io.gatehouse.crypto;

import io.gatehouse.core.ConcurrencyLimit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Lets at most one CPU-bound cryptographic operation (an RSA signature, an Argon2id hash) run per
 * core; the others wait parked, in arrival order. Without it a saturated node has dozens of
 * request threads runnable at once, and the event loops, health checks and cheap requests get a
 * time slice only after all of them: a readiness probe took 300 ms under a token-endpoint load.
 * Bounding the runnable work to the cores keeps their latency low and costs no throughput, since
 * the cores are busy either way.
 */
@ApplicationScoped
public class CpuBulkhead {

    private final ConcurrencyLimit limit;

    public CpuBulkhead() {
        this(Runtime.getRuntime().availableProcessors());
    }

    CpuBulkhead(int permits) {
        this.limit = new ConcurrencyLimit(permits);
    }

    /** How many operations may run at once: what a pool of per-operation buffers needs at most. */
    public int permits() {
        return limit.permits();
    }

    public <T> T run(Supplier<T> work) {
        return limit.run(work);
    }
}
