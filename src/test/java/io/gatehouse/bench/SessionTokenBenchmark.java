package io.gatehouse.bench;

import io.gatehouse.auth.OpenedSession;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.Ids;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.sts.SessionGrant;
import io.gatehouse.sts.SessionIssuer;
import io.gatehouse.sts.SessionTokenCodec;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.testing.FixedMasterKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The cost of self-contained session tokens: issuing one (JSON, AES-256-GCM seal under a fresh
 * data key, base64url) for a role session with a session policy and three tags; opening one for the
 * first time on a node ({@code openFirstTime}, cycling through more tokens than the node keeps
 * opened); and opening one the node has opened before ({@code openAgain}), which is what a client
 * signing request after request with the same credentials costs.
 * Run with {@code src/bench/jmh.sh SessionTokenBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SessionTokenBenchmark {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"cognito-idp:List*\",\"iam:Get*\"],\"Resource\":\"*\"}]}";

    private SessionIssuer issuer;
    private SessionTokenCodec codec;
    private SessionGrant grant;
    private String token;
    private String[] tokens;
    private int next;

    @Setup
    public void setUp() {
        Ids ids = new Ids();
        codec = new SessionTokenCodec(new EnvelopeCipher(FixedMasterKey.of(new byte[32], ids), ids));
        issuer = new SessionIssuer(codec, ids, Clock.systemUTC());
        grant = new SessionGrant("123456789012", "arn:aws:sts::123456789012:assumed-role/AppRole/alice",
                PrincipalType.ASSUMED_ROLE, "AROAEXAMPLEROLEID0001:alice", Duration.ofHours(1), null,
                "arn:aws:iam::123456789012:role/AppRole", List.of(POLICY),
                Map.of("team", "blue", "project", "gatehouse", "cost-center", "4711"), Set.of("team"), "alice",
                null);
        token = issuer.issue(grant).sessionToken();
        tokens = new String[SessionTokenCodec.MAX_OPENED * 2];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = issuer.issue(grant).sessionToken();
        }
    }

    @Benchmark
    public TemporaryCredentials issue() {
        return issuer.issue(grant);
    }

    @Benchmark
    public Optional<OpenedSession> openFirstTime() {
        next = (next + 1) % tokens.length;
        return codec.open(tokens[next]);
    }

    @Benchmark
    public Optional<OpenedSession> openAgain() {
        return codec.open(token);
    }
}
