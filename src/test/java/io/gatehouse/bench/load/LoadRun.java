package io.gatehouse.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Runs one scenario on a number of connections for a fixed time in a closed loop (each connection
 * waits for its answer before the next operation, as wrk does) and measures it: latency histogram,
 * errors, and the CPU and memory of everything on the machine.
 */
final class LoadRun {

    /** What the run observes besides the operations themselves. */
    record Meters(long serverPid, String healthUrl, DatabaseMeter database) {
    }

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    private final Scenario scenario;
    private final Meters meters;
    private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

    LoadRun(Scenario scenario, Meters meters) {
        this.scenario = scenario;
        this.meters = meters;
    }

    /** Loads without measuring, so the JIT, pools and caches are warm before a measured run. */
    void warmUp(int connections, Duration duration) throws InterruptedException {
        load(connections, duration);
    }

    RunResult measure(String target, int connections, Duration duration) throws Exception {
        DatabaseMeter.Reading dbBefore = meters.database() == null ? null : meters.database().read();
        HealthProbe probe = meters.healthUrl() == null ? null : new HealthProbe(meters.healthUrl());
        Thread probeThread = probe == null ? null : startDaemon("health-probe", probe);
        RssSampler rss = new RssSampler(meters.serverPid());
        Thread rssThread = startDaemon("rss-sampler", rss);

        long serverBefore = ProcessStats.cpuTicks(meters.serverPid());
        long pgBefore = ProcessStats.postgresTicks();
        long selfBefore = ProcessStats.cpuTicks(ProcessHandle.current().pid());
        long[] hostBefore = ProcessStats.hostTicks();
        long start = System.nanoTime();
        Outcome outcome = load(connections, duration);
        double seconds = (System.nanoTime() - start) / 1e9;
        long serverTicks = ProcessStats.cpuTicks(meters.serverPid()) - serverBefore;
        long pgTicks = ProcessStats.postgresTicks() - pgBefore;
        long selfTicks = ProcessStats.cpuTicks(ProcessHandle.current().pid()) - selfBefore;
        long[] hostAfter = ProcessStats.hostTicks();

        rss.stop();
        rssThread.join();
        double healthP99 = Double.NaN;
        if (probe != null) {
            probe.stop();
            probeThread.join();
            healthP99 = probe.p99Millis();
            if (probe.failures() > 0) {
                errorKinds.computeIfAbsent("health probe: not ready or no answer", k -> new AtomicLong())
                        .addAndGet(probe.failures());
            }
        }
        double wal = Double.NaN;
        double rows = Double.NaN;
        double commits = Double.NaN;
        if (dbBefore != null && outcome.operations > 0) {
            DatabaseMeter.Reading written = meters.database().read().minus(dbBefore);
            double per1k = 1000.0 / outcome.operations;
            wal = written.walBytes() * per1k;
            rows = written.rows() * per1k;
            commits = written.commits() * per1k;
        }
        Histogram h = outcome.latencies;
        double hostBusy = hostAfter[1] == hostBefore[1] ? Double.NaN
                : 100.0 * (hostAfter[0] - hostBefore[0]) / (hostAfter[1] - hostBefore[1]) * Runtime.getRuntime().availableProcessors();
        return new RunResult(target, scenario.name(), connections, seconds, outcome.operations, outcome.errors,
                scenario.exchanges(), millis(h, 50), millis(h, 90), millis(h, 99), millis(h, 99.9), h.getMaxValue() / 1000.0,
                percentOfCore(serverTicks, seconds), rss.maxKib() / 1024, percentOfCore(pgTicks, seconds),
                percentOfCore(selfTicks, seconds), hostBusy, healthP99, wal, rows, commits);
    }

    /** Distinct error messages with their counts, for the log after a run that had errors. */
    Map<String, AtomicLong> errorKinds() {
        return errorKinds;
    }

    private record Outcome(long operations, long errors, Histogram latencies) {
    }

    private Outcome load(int connections, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(deadline);
            workers.add(worker);
            threads.add(startDaemon(scenario.name() + "-" + i, worker));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long operations = 0;
        long errors = 0;
        for (Worker worker : workers) {
            all.add(worker.latencies);
            operations += worker.operations;
            errors += worker.errors;
        }
        return new Outcome(operations, errors, all);
    }

    private final class Worker implements Runnable {
        private final long deadline;
        private final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        private long operations;
        private long errors;

        Worker(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void run() {
            Http http = new Http();
            long now = System.nanoTime();
            while (now < deadline) {
                try {
                    scenario.operate(http);
                } catch (InterruptedException stop) {
                    return;
                } catch (Exception e) {
                    errors++;
                    String kind = e instanceof LoadFailure ? e.getMessage() : e.getClass().getSimpleName();
                    errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                }
                long end = System.nanoTime();
                latencies.recordValue(Math.min(HIGHEST_MICROS, (end - now) / 1_000));
                operations++;
                now = end;
            }
        }
    }

    /** Samples the server's resident memory every half second and keeps the maximum. */
    private static final class RssSampler implements Runnable {
        private final long pid;
        private volatile boolean running = true;
        private volatile long maxKib;

        RssSampler(long pid) {
            this.pid = pid;
        }

        @Override
        public void run() {
            while (running) {
                maxKib = Math.max(maxKib, ProcessStats.rssKib(pid));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long maxKib() {
            return Math.max(maxKib, ProcessStats.rssKib(pid));
        }
    }

    private static double percentOfCore(long ticks, double seconds) {
        return 100.0 * ticks / ProcessStats.TICKS_PER_SECOND / seconds;
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static Thread startDaemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
