package io.gatehouse.bench.load;

import java.util.List;
import java.util.Locale;

/**
 * One measured run: a scenario at one concurrency for a fixed duration. Latencies are of whole
 * operations, in milliseconds; CPU is in percent of one core (200% = both cores of this machine).
 * WAL and rows are per 1,000 operations, NaN when the database was not metered.
 */
record RunResult(String target, String scenario, int connections, double seconds, long operations,
        long errors, int exchanges, double p50, double p90, double p99, double p999, double max,
        double serverCpu, long serverRssMib, double databaseCpu, double generatorCpu, double hostBusy,
        double healthP99, double walBytesPer1k, double rowsPer1k, double commitsPer1k) {

    static final List<String> COLUMNS = List.of("target", "scenario", "connections", "seconds", "operations",
            "errors", "exchanges", "ops_per_s", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms", "server_cpu_pct",
            "server_rss_mib", "db_cpu_pct", "generator_cpu_pct", "host_busy_pct", "health_p99_ms", "wal_bytes_per_1k",
            "rows_per_1k", "commits_per_1k");

    double opsPerSecond() {
        return (operations - errors) / seconds;
    }

    String tsv() {
        return String.join("\t", target, scenario, Integer.toString(connections), fixed(seconds, 1),
                Long.toString(operations), Long.toString(errors), Integer.toString(exchanges), fixed(opsPerSecond(), 1),
                fixed(p50, 2), fixed(p90, 2), fixed(p99, 2), fixed(p999, 2), fixed(max, 2), fixed(serverCpu, 0),
                Long.toString(serverRssMib), fixed(databaseCpu, 0), fixed(generatorCpu, 0), fixed(hostBusy, 0),
                fixed(healthP99, 1), fixed(walBytesPer1k, 0), fixed(rowsPer1k, 0), fixed(commitsPer1k, 0));
    }

    static RunResult fromTsv(String line) {
        String[] f = line.split("\t");
        return new RunResult(f[0], f[1], Integer.parseInt(f[2]), d(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                Integer.parseInt(f[6]), d(f[8]), d(f[9]), d(f[10]), d(f[11]), d(f[12]), d(f[13]), Long.parseLong(f[14]),
                d(f[15]), d(f[16]), d(f[17]), d(f[18]), d(f[19]), d(f[20]), d(f[21]));
    }

    static final String TABLE_HEADER = "| scenario | conns | ops/s | p50 ms | p90 ms | p99 ms | p99.9 ms | errors"
            + " | server CPU % | server RSS MiB | PG CPU % | generator CPU % | health p99 ms | WAL B/1k ops | rows/1k ops |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    String tableRow() {
        return "| " + String.join(" | ", scenario, Integer.toString(connections), fixed(opsPerSecond(), 0),
                fixed(p50, 2), fixed(p90, 2), fixed(p99, 2), fixed(p999, 2), Long.toString(errors), fixed(serverCpu, 0),
                Long.toString(serverRssMib), fixed(databaseCpu, 0), fixed(generatorCpu, 0), fixed(healthP99, 1),
                fixed(walBytesPer1k, 0), fixed(rowsPer1k, 0)) + " |";
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static double d(String value) {
        return value.equals("-") ? Double.NaN : Double.parseDouble(value);
    }
}
