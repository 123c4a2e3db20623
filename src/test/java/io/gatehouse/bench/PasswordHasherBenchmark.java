package io.gatehouse.bench;

import io.gatehouse.core.Ids;
import io.gatehouse.crypto.Argon2id;
import io.gatehouse.crypto.BouncyCastleArgon2;
import io.gatehouse.crypto.PasswordConfig;
import io.gatehouse.crypto.PasswordHasher;
import java.nio.charset.StandardCharsets;
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
 * Argon2id hashes per second on one thread (a sign-in costs one verify, the same work) at the
 * OWASP default and at Keycloak's parameters: {@code hash} is PasswordHasher as the server runs it,
 * {@code bouncyCastle} is BouncyCastle's Argon2BytesGenerator (what Keycloak runs) and
 * {@code argon2id} is Gatehouse's own. Add {@code -prof gc} to see the allocation per hash.
 * Run with {@code src/bench/jmh.sh PasswordHasherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class PasswordHasherBenchmark {

    private static final byte[] PASSWORD = "Correct-Horse-Battery-Staple-1".getBytes(StandardCharsets.UTF_8);

    /** memoryKib:iterations:parallelism. */
    @Param({"19456:2:1", "7168:5:1"})
    public String parameters;

    private int memory;
    private int iterations;
    private int parallelism;
    private byte[] salt;
    private PasswordHasher hasher;
    private Argon2id argon2;

    @Setup
    public void setUp() {
        String[] p = parameters.split(":");
        memory = Integer.parseInt(p[0]);
        iterations = Integer.parseInt(p[1]);
        parallelism = Integer.parseInt(p[2]);
        salt = new Ids().bytes(16);
        argon2 = new Argon2id(1, memory);
        hasher = new PasswordHasher(new PasswordConfig() {
            @Override
            public int memoryKib() {
                return memory;
            }

            @Override
            public int iterations() {
                return iterations;
            }

            @Override
            public int parallelism() {
                return parallelism;
            }
        }, new Ids());
    }

    @Benchmark
    public String hash() {
        return hasher.hash("Correct-Horse-Battery-Staple-1");
    }

    @Benchmark
    public byte[] argon2id() {
        return argon2.hash(PASSWORD, salt, memory, iterations, parallelism, 32);
    }

    @Benchmark
    public byte[] bouncyCastle() {
        return BouncyCastleArgon2.hash(PASSWORD, salt, memory, iterations, parallelism, 32);
    }
}
