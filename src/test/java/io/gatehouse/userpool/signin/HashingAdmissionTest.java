package io.gatehouse.userpool.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.crypto.CpuBulkhead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingAdmissionTest {

    private final CpuBulkhead bulkhead = new CpuBulkhead();
    private final HashingAdmission admission = new HashingAdmission(bulkhead);

    @Test
    void admitWhenMoreSignInsThanTwiceTheBulkheadThenTheRestWaitUntilOneLeaves() throws Exception {
        int admitted = 2 * bulkhead.permits();
        CountDownLatch inside = new CountDownLatch(admitted);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicInteger entered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(admitted + 1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i <= admitted; i++) {
                int n = i;
                results.add(pool.submit(() -> admission.admit(() -> {
                    entered.incrementAndGet();
                    inside.countDown();
                    await(leave);
                    return n;
                })));
            }
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(entered.get()).isEqualTo(admitted);

            leave.countDown();
            int sum = 0;
            for (Future<Integer> result : results) {
                sum += result.get(10, TimeUnit.SECONDS);
            }
            assertThat(entered.get()).isEqualTo(admitted + 1);
            assertThat(sum).isEqualTo(admitted * (admitted + 1) / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void admitWhenTheSignInFailsThenItsPlaceIsReturned() {
        for (int i = 0; i <= 2 * bulkhead.permits(); i++) {
            assertThatThrownBy(() -> admission.admit(() -> {
                throw new IllegalStateException("wrong password");
            })).isInstanceOf(IllegalStateException.class).hasMessage("wrong password");
        }

        assertThat(admission.admit(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
