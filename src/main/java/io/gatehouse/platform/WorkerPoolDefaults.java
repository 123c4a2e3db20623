package io.gatehouse.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gatehouse's default size of the worker pool: 12 threads per core, where Quarkus would allow 200
 * on any machine. The work on workers is CPU (signatures, Argon2id) or short database round trips
 * through a pool of 20 connections, so more runnable threads than that only queue for the cores: on
 * 2 cores at 64 connections, 24 workers instead of 200 gave more requests per second and a lower
 * p99 in back-to-back runs. Below application.properties, the environment and system properties
 * ({@code QUARKUS_THREAD_POOL_MAX_THREADS} still sets it).
 */
public final class WorkerPoolDefaults implements ConfigSource {

    static final String MAX_THREADS = "quarkus.thread-pool.max-threads";
    static final int THREADS_PER_CORE = 12;

    private final Map<String, String> values =
            Map.of(MAX_THREADS, String.valueOf(THREADS_PER_CORE * Runtime.getRuntime().availableProcessors()));

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "gatehouse-worker-pool-defaults";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
