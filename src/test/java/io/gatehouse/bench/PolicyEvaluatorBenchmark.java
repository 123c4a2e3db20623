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
 * 100 policies of 10 statements that all match the request's action and resource, so that every
 * statement is evaluated down to its last condition, which fails. The target is a median under
 * 5 µs for the 10×10 case. Run with {@code src/bench/jmh.sh PolicyEvaluatorBenchmark}.
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
    private RequestContext worstCaseRequest;

    @Setup
    public void setUp() {
        tenByTen = set(10, false);
        hundredPolicies = set(100, true);
        String arn = "arn:aws:iam::" + ACCOUNT + ":user/alice";
        RequestContext.Builder builder = RequestContext.builder()
                .principal(new RequestPrincipal("AWS", arn, ACCOUNT, arn))
                .put("aws:username", "alice").put("aws:SourceIp", "203.0.113.7")
                .put("aws:CurrentTime", "2026-06-01T12:00:00Z").put("aws:SecureTransport", "true")
                .put("aws:RequestTag/team", "blue");
        allowedRequest = builder.action("s3:GetObject").resource("arn:aws:s3:::bucket-9/home/alice/report.csv").build();
        worstCaseRequest = builder.action("s3:GetObject").resource("arn:aws:s3:::bucket-1/home/alice/report.csv")
                .build();
    }

    @Benchmark
    public Decision tenPoliciesTenStatements() {
        return evaluator.evaluate(tenByTen, allowedRequest);
    }

    @Benchmark
    public Decision hundredPoliciesEveryStatementEvaluated() {
        return evaluator.evaluate(hundredPolicies, worstCaseRequest);
    }

    private static PolicySet set(int policies, boolean worstCase) {
        List<Policy> identity = new ArrayList<>();
        for (int p = 0; p < policies; p++) {
            identity.add(PolicyParser.parse("policy-" + p, worstCase ? worstCaseDocument() : document(p % 10),
                    PolicyKind.MANAGED_IDENTITY));
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

    /** Ten statements that all match s3:GetObject on any bucket's home folder; the last condition fails. */
    private static String worstCaseDocument() {
        StringBuilder statements = new StringBuilder();
        for (int s = 0; s < 10; s++) {
            if (s > 0) {
                statements.append(',');
            }
            statements.append("{\"Effect\":\"Allow\",\"Action\":[\"s3:List*\",\"s3:Get*\"],")
                    .append("\"Resource\":\"arn:aws:s3:::bucket-*/home/${aws:username}/*\",")
                    .append("\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"},")
                    .append("\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"},")
                    .append("\"StringLike\":{\"aws:RequestTag/team\":\"bl*\"},")
                    .append("\"Bool\":{\"aws:SecureTransport\":\"false\"}}}");
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }
}
