package io.gatehouse.bench.load;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Asks the server's health endpoint every 100 ms on a connection of its own while a run loads it,
 * so the table shows whether an operator's probe still gets a quick answer when the server is
 * saturated. A probe that fails is recorded with the time it took and counted, so the run's error
 * list shows it.
 */
final class HealthProbe implements Runnable {

    private static final long INTERVAL_MS = 100;
    private final String url;
    private final Histogram latencies = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    private volatile boolean running = true;
    private volatile int failures;

    HealthProbe(String url) {
        this.url = url;
    }

    @Override
    public void run() {
        Http http = new Http();
        while (running) {
            long start = System.nanoTime();
            try {
                if (http.get(url).statusCode() != 200) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
            }
            synchronized (latencies) {
                latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), (System.nanoTime() - start) / 1_000));
            }
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    void stop() {
        running = false;
    }

    /** The 99th percentile in milliseconds, or NaN when no probe ran. */
    double p99Millis() {
        synchronized (latencies) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(99) / 1000.0;
        }
    }

    int failures() {
        return failures;
    }
}
