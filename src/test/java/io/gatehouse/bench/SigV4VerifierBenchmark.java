package io.gatehouse.bench;

import io.gatehouse.auth.sigv4.SecretLookup;
import io.gatehouse.auth.sigv4.SigV4Verifier;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.auth.sigv4.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 verification of a signed request as every signed API call pays it (target: ≤ 20 µs median):
 * an IAM-style POST with a form body, signed by the AWS SDK's own signer. Beside it, the bound it
 * cannot beat: the five HMAC-SHA256 computations of the signing-key derivation and signature on
 * their own (the canonical request and its SHA-256 hashes are the rest of the cost).
 * Run with {@code src/bench/jmh.sh SigV4VerifierBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SigV4VerifierBenchmark {

    private static final String KEY_ID = "AKIABENCHMARKKEY0001";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant SIGNED_AT = Instant.parse("2026-11-28T10:00:00Z");

    private final SigV4Verifier verifier = new SigV4Verifier(Duration.ofMinutes(5));
    private final SecretLookup lookup = id -> KEY_ID.equals(id) ? Optional.of(SECRET) : Optional.empty();
    private SignedRequest request;

    @Setup
    public void setUp() {
        byte[] body = "Action=ListUsers&Version=2010-05-08&MaxItems=100".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest http = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("https")
                .host("gatehouse.example.com").encodedPath("/")
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create(KEY_ID, SECRET))
                .request(http).payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "iam")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC)));
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.request().headers());
        headers.putIfAbsent("Host", List.of("gatehouse.example.com"));
        request = new SignedRequest("POST", "/", Map.of(), headers, body);
        verify();
    }

    @Benchmark
    public VerifiedSignature verify() {
        return verifier.verify(request, lookup, SIGNED_AT);
    }

    /** The HMAC chain alone: kDate, kRegion, kService, kSigning, signature. */
    @Benchmark
    public byte[] hmacChainBound() throws Exception {
        byte[] key = hmac(("AWS4" + SECRET).getBytes(StandardCharsets.UTF_8), "20261128");
        key = hmac(key, "us-east-1");
        key = hmac(key, "iam");
        key = hmac(key, "aws4_request");
        return hmac(key, "AWS4-HMAC-SHA256\n20261128T100000Z\n20261128/us-east-1/iam/aws4_request\n"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
