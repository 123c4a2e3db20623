package io.gatehouse.bench;

import io.gatehouse.crypto.PasswordConfig;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.Ids;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one Argon2id hash (a sign-in costs one verify, the same work) at the OWASP default
 * and at Keycloak's parameters, for docs/security.md. Run with {@code src/bench/jmh.sh PasswordHasherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PasswordHasherBenchmark {

    /** memoryKib:iterations:parallelism. */
    @Param({"19456:2:1", "7168:5:1"})
    public String parameters;

    private PasswordHasher hasher;

    @Setup
    public void setUp() {
        String[] p = parameters.split(":");
        PasswordConfig config = new PasswordConfig() {
            @Override
            public int memoryKib() {
                return Integer.parseInt(p[0]);
            }

            @Override
            public int iterations() {
                return Integer.parseInt(p[1]);
            }

            @Override
            public int parallelism() {
                return Integer.parseInt(p[2]);
            }
        };
        hasher = new PasswordHasher(config, new Ids());
    }

    @Benchmark
    public String hash() {
        return hasher.hash("Correct-Horse-Battery-Staple-1");
    }
}
