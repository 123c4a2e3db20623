package io.gatehouse.bench.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generator's command line: runs the chosen scenarios against one target, each warmed up
 * and then measured at every concurrency, prints one Markdown table and appends TSV rows for
 * {@link LoadCompare}. Usually started by {@code src/bench/load.sh}.
 *
 * <pre>
 * LoadMain --target src/bench/targets/gatehouse.properties --label gatehouse
 *          [--scenarios all|a,b] [--connections 16,64] [--duration 30] [--warmup 10]
 *          [--server-pid PID] [--health-url URL] [--jdbc-url URL --jdbc-user U --jdbc-password P]
 *          [--out results.tsv]
 * </pre>
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Target target = Target.load(Path.of(required(options, "target")));
        String label = options.getOrDefault("label", target.kind());
        List<String> names = options.getOrDefault("scenarios", "all").equals("all") ? ScenarioCatalog.names(target)
                : Arrays.asList(options.get("scenarios").split(","));
        int[] concurrencies = Arrays.stream(options.getOrDefault("connections", "16,64").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));
        Path out = options.containsKey("out") ? Path.of(options.get("out")) : null;

        DatabaseMeter database = options.containsKey("jdbc-url") ? new DatabaseMeter(options.get("jdbc-url"),
                options.getOrDefault("jdbc-user", "postgres"), options.getOrDefault("jdbc-password", "")) : null;
        LoadRun.Meters meters = new LoadRun.Meters(serverPid, options.get("health-url"), database);
        List<RunResult> results = new ArrayList<>();
        System.out.println(RunResult.TABLE_HEADER);
        for (String name : names) {
            results.addAll(runScenario(label, ScenarioCatalog.create(name, target), concurrencies, duration, warmup, meters, out));
        }
        if (database != null) {
            database.close();
        }
        long failed = results.stream().filter(r -> r.errors() > 0).count();
        System.out.printf("%n%d runs, %d with errors%n", results.size(), failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static List<RunResult> runScenario(String label, Scenario scenario, int[] concurrencies, Duration duration,
            Duration warmup, LoadRun.Meters meters, Path out) throws Exception {
        Http setup = new Http();
        scenario.prepare(setup);
        scenario.operate(setup);
        LoadRun run = new LoadRun(scenario, meters);
        run.warmUp(Arrays.stream(concurrencies).max().orElse(16), warmup);
        List<RunResult> results = new ArrayList<>();
        for (int connections : concurrencies) {
            run.errorKinds().clear();
            RunResult result = run.measure(label, connections, duration);
            results.add(result);
            System.out.println(result.tableRow());
            run.errorKinds().forEach((kind, count) -> System.out.printf("    %d x %s%n", count.get(), kind));
            if (out != null) {
                append(out, result);
            }
        }
        return results;
    }

    private static void append(Path out, RunResult result) throws IOException {
        boolean fresh = !Files.exists(out);
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND))) {
            if (fresh) {
                writer.println(String.join("\t", RunResult.COLUMNS));
            }
            writer.println(result.tsv());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
