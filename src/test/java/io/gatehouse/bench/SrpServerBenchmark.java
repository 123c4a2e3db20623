package io.gatehouse.bench;

import io.gatehouse.testing.CognitoSrpClient;
import io.gatehouse.userpool.signin.srp.SrpChallenge;
import io.gatehouse.userpool.signin.srp.SrpServer;
import io.gatehouse.userpool.signin.srp.SrpTimestamp;
import io.gatehouse.userpool.signin.srp.SrpVerifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's CPU cost of one USER_SRP_AUTH sign-in: the first leg (B = kv + g^b and the
 * session key, two 3072-bit modular exponentiations) and the second (one HMAC), beside the
 * making of a verifier (one exponentiation, paid at every password change). Run with
 * {@code src/bench/jmh.sh SrpServerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SrpServerBenchmark {

    private static final String POOL = "us-east-1_BenchPool1";
    private static final String USER = "bench-user";
    private static final String PASSWORD = "Bench-Passw0rd!";

    private final SecureRandom random = new SecureRandom();
    private SrpVerifier verifier;
    private String srpA;
    private SrpChallenge challenge;
    private String secretBlock;
    private SrpTimestamp timestamp;
    private String signature;

    @Setup
    public void setUp() {
        verifier = SrpVerifier.create("BenchPool1", USER, PASSWORD, random);
        CognitoSrpClient client = new CognitoSrpClient(POOL);
        srpA = client.srpA();
        challenge = SrpServer.challenge(verifier, srpA, random);
        secretBlock = Base64.getEncoder().encodeToString(new byte[64]);
        CognitoSrpClient.PasswordClaim claim = client.claim(USER, PASSWORD, challenge.srpB(), verifier.saltHex(),
                secretBlock, Instant.now());
        timestamp = SrpTimestamp.parse(claim.timestamp());
        signature = claim.signature();
    }

    @Benchmark
    public SrpChallenge firstLeg() {
        return SrpServer.challenge(verifier, srpA, random);
    }

    @Benchmark
    public boolean secondLeg() {
        return challenge.session().verify("BenchPool1", USER, secretBlock, timestamp, signature);
    }

    @Benchmark
    public SrpVerifier newVerifier() {
        return SrpVerifier.create("BenchPool1", USER, PASSWORD, random);
    }
}
