package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CpuBulkheadTest {

    @Test
    void runWhenMoreCallersThanPermitsThenAtMostPermitsRunAtOnceAndAllComplete() throws Exception {
        CpuBulkhead bulkhead = new CpuBulkhead(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                results.add(pool.submit(() -> bulkhead.run(() -> {
                    highest.accumulateAndGet(running.incrementAndGet(), Math::max);
                    busy();
                    running.decrementAndGet();
                    return n;
                })));
            }
            int sum = 0;
            for (Future<Integer> result : results) {
                sum += result.get();
            }
            assertThat(sum).isEqualTo(31 * 32 / 2);
            assertThat(highest.get()).isBetween(1, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runWhenWorkThrowsThenPermitIsReturned() {
        CpuBulkhead bulkhead = new CpuBulkhead(1);

        assertThatThrownBy(() -> bulkhead.run(() -> {
            throw new IllegalStateException("signing failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("signing failed");

        assertThat(bulkhead.run(() -> "next")).isEqualTo("next");
    }

    private static void busy() {
        long until = System.nanoTime() + 2_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
