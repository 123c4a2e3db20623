package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does (a NOTIFY arriving, a listener reconnecting), polling every 10 ms. */
public final class Awaits {

    private Awaits() {
    }

    /** Returns once {@code condition} holds; fails the test when it still does not after {@code limit}. */
    public static void until(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", limit).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
