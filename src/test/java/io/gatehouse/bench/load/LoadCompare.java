package io.gatehouse.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the runs of two targets from the same session (same scenario, same concurrency) and prints
 * their ratios: throughput ours/theirs (higher is better), p99 ours/theirs (lower is better), and
 * memory and database writes side by side. Absolute numbers drift with the machine's load; ratios
 * from one session do not.
 *
 * <pre>LoadCompare ours.tsv theirs.tsv</pre>
 */
public final class LoadCompare {

    private LoadCompare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LoadCompare ours.tsv theirs.tsv");
        }
        Map<String, RunResult> ours = read(Path.of(args[0]));
        Map<String, RunResult> theirs = read(Path.of(args[1]));
        String oursName = ours.values().iterator().next().target();
        String theirsName = theirs.values().iterator().next().target();
        System.out.printf("| scenario | conns | %1$s ops/s | %2$s ops/s | throughput %1$s/%2$s | %1$s p99 ms | %2$s p99 ms"
                + " | p99 %1$s/%2$s | %1$s RSS MiB | %2$s RSS MiB | %1$s WAL B/op | %2$s WAL B/op | errors |%n", oursName, theirsName);
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        ours.forEach((key, our) -> {
            RunResult their = theirs.get(key);
            if (their != null) {
                System.out.println("| " + String.join(" | ", our.scenario(), Integer.toString(our.connections()),
                        RunResult.fixed(our.opsPerSecond(), 0), RunResult.fixed(their.opsPerSecond(), 0),
                        RunResult.fixed(our.opsPerSecond() / their.opsPerSecond(), 2) + "×",
                        RunResult.fixed(our.p99(), 2), RunResult.fixed(their.p99(), 2),
                        RunResult.fixed(our.p99() / their.p99(), 2), Long.toString(our.serverRssMib()),
                        Long.toString(their.serverRssMib()), RunResult.fixed(our.walBytesPer1k() / 1000, 0),
                        RunResult.fixed(their.walBytesPer1k() / 1000, 0), our.errors() + " / " + their.errors()) + " |");
            }
        });
    }

    /** The runs of one file by scenario and concurrency; a later run of the same pair replaces an earlier one. */
    private static Map<String, RunResult> read(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        Map<String, RunResult> runs = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            RunResult run = RunResult.fromTsv(line);
            runs.put(run.scenario() + "@" + run.connections(), run);
        }
        return runs;
    }
}
