package io.gatehouse.core;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Runs at most a fixed number of callers' work at once; the others wait parked, in arrival order. */
public final class ConcurrencyLimit {

    private final Semaphore permits;
    private final int size;

    public ConcurrencyLimit(int permits) {
        this.permits = new Semaphore(permits, true);
        this.size = permits;
    }

    public int permits() {
        return size;
    }

    public <T> T run(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
