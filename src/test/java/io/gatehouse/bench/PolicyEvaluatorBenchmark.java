package io.gatehouse.bench;

import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyEvaluator;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import io.gatehouse.iam.policy.PolicySet;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.iam.policy.RequestPrincipal;
import java.util.ArrayList;
import java.util.List;
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
 * One authorization decision: a principal with 10 identity policies of 10 statements each (action
 * and resource wildcards, string, IP and date conditions, a policy variable), and a worst case of
 * 100 such policies where no statement applies so every one is evaluated. The target is a median
 * under 5 µs for the 10×10 case. Run with {@code src/bench/jmh.sh PolicyEvaluatorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PolicyEvaluatorBenchmark {

    private static final String ACCOUNT = "111122223333";

    private final PolicyEvaluator evaluator = new PolicyEvaluator();
    private PolicySet tenByTen;
    private PolicySet hundredPolicies;
    private RequestContext allowedRequest;
    private RequestContext unmatchedRequest;

    @Setup
    public void setUp() {
        tenByTen = set(10);
        hundredPolicies = set(100);
        String arn = "arn:aws:iam::" + ACCOUNT + ":user/alice";
        RequestContext.Builder builder = RequestContext.builder()
                .principal(new RequestPrincipal("AWS", arn, ACCOUNT, arn))
                .put("aws:username", "alice").put("aws:SourceIp", "203.0.113.7")
                .put("aws:CurrentTime", "2026-06-01T12:00:00Z").put("aws:SecureTransport", "true")
                .put("aws:RequestTag/team", "blue");
        allowedRequest = builder.action("s3:GetObject").resource("arn:aws:s3:::bucket-9/home/alice/report.csv").build();
        unmatchedRequest = builder.action("dynamodb:Query").resource("arn:aws:dynamodb:us-east-1:" + ACCOUNT
                + ":table/orders").build();
    }

    @Benchmark
    public Decision tenPoliciesTenStatements() {
        return evaluator.evaluate(tenByTen, allowedRequest);
    }

    @Benchmark
    public Decision hundredPoliciesNothingMatches() {
        return evaluator.evaluate(hundredPolicies, unmatchedRequest);
    }

    private static PolicySet set(int policies) {
        List<Policy> identity = new ArrayList<>();
        for (int p = 0; p < policies; p++) {
            identity.add(PolicyParser.parse("policy-" + p, document(p % 10), PolicyKind.MANAGED_IDENTITY));
        }
        return new PolicySet(identity, List.of(), null, List.of(), List.of(), false, null);
    }

    /** Ten statements; only those of policy 9 grant the allowed request, the rest differ somewhere. */
    private static String document(int p) {
        StringBuilder statements = new StringBuilder();
        String[] services = {"s3", "ec2", "iam", "sqs", "sns", "kms", "lambda", "logs", "sts", "cognito-idp"};
        for (int s = 0; s < 10; s++) {
            if (s > 0) {
                statements.append(',');
            }
            String service = services[s];
            statements.append("{\"Sid\":\"S").append(s).append("\",\"Effect\":\"").append(s == 7 ? "Deny" : "Allow")
                    .append("\",\"Action\":[\"").append(service).append(":Get*\",\"").append(service)
                    .append(":List*\",\"").append(service).append(":Describe?*\"],\"Resource\":[\"arn:aws:")
                    .append(service).append(":::bucket-").append(p).append("/home/${aws:username}/*\",\"arn:aws:")
                    .append(service).append(":*:").append(ACCOUNT).append(":thing-").append(p).append("-*\"],")
                    .append("\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"203.0.113.0/24\"]},")
                    .append("\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"},")
                    .append("\"StringLike\":{\"aws:RequestTag/team\":[\"blue\",\"green*\"]},")
                    .append("\"Bool\":{\"aws:SecureTransport\":\"true\"}}}");
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }
}
