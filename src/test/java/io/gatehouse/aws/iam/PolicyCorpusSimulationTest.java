package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.iam.policy.PolicyCorpus;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyRequest;

/**
 * Replays the policy decision corpus through SimulateCustomPolicy with the real AWS SDK's IamClient:
 * the simulator on the wire must decide every vector it can express as the engine does. Identity
 * policies become {@code PolicyInputList}, the boundary {@code PermissionsBoundaryPolicyInputList},
 * a single resource policy {@code ResourcePolicy} with {@code ResourceOwner} and the vector's
 * principal as {@code CallerArn}. Vectors that need what the operation cannot carry (SCPs, session
 * policies, the account root, several resource policies, a trust policy, a non-IAM principal, no
 * identity policy at all, a condition key shorter than a ContextKeyName may be, a document of a kind
 * other than identity or resource policy) are skipped
 * and counted.
 */
@GatehouseTest
class PolicyCorpusSimulationTest {

    private static final Logger LOG = Logger.getLogger(PolicyCorpusSimulationTest.class);
    private static final int MINIMUM_REPLAYED = 150;
    /** IAM's ContextKeyName length minimum. */
    private static final int MIN_CONTEXT_KEY = 5;
    private static final Pattern PRINCIPAL_ARN =
            Pattern.compile("arn:aws:(iam|sts)::(\\d{12}):(user|role|group|assumed-role|root|federated-user)(.*)");
    /** Carries a resource policy parse vector: SimulateCustomPolicy requires a PolicyInputList. */
    private static final String CARRIER =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern IP = Pattern.compile("[0-9.]+(/\\d+)?|[0-9a-fA-F:]*:[0-9a-fA-F:.]*(/\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private IamClient iam;

    @BeforeEach
    void open() {
        iam = QueryClients.iam();
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @TestFactory
    Stream<DynamicTest> simulateCustomPolicyWhenCorpusVectorThenDecisionIsTheDocumentedOne() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (PolicyCorpus.Vector vector : PolicyCorpus.load()) {
            Optional<String> reason = vector.isParseVector() ? parseSkip(vector.node()) : decisionSkip(vector.node());
            if (reason.isPresent()) {
                skipped.merge(reason.get(), 1, Integer::sum);
            } else {
                tests.add(DynamicTest.dynamicTest(vector.displayName(), () -> replay(vector)));
            }
        }
        LOG.infof("Corpus through SimulateCustomPolicy: %d vectors replayed, %d skipped %s", tests.size(),
                skipped.values().stream().mapToInt(Integer::intValue).sum(), skipped);
        assertThat(tests).hasSizeGreaterThanOrEqualTo(MINIMUM_REPLAYED);
        return tests.stream();
    }

    private static Optional<String> decisionSkip(JsonNode vector) {
        JsonNode policies = vector.path("policies");
        if (policies.path("scpLevels").size() > 0) {
            return Optional.of("SCP levels");
        }
        if (policies.path("session").size() > 0) {
            return Optional.of("session policies");
        }
        if (vector.path("accountRoot").asBoolean(false)) {
            return Optional.of("account root");
        }
        if (policies.path("resource").size() > 1) {
            return Optional.of("several resource policies");
        }
        if (vector.hasNonNull("resourceKind") && !"RESOURCE".equals(vector.get("resourceKind").asText())) {
            return Optional.of("trust policy");
        }
        if (policies.path("identity").size() == 0) {
            return Optional.of("no identity policy");
        }
        List<String> keys = new ArrayList<>();
        vector.path("request").path("context").fieldNames().forEachRemaining(keys::add);
        if (keys.stream().anyMatch(key -> key.length() < MIN_CONTEXT_KEY)) {
            return Optional.of("context key shorter than ContextKeyName allows");
        }
        JsonNode principal = vector.path("principal");
        Matcher arn = PRINCIPAL_ARN.matcher(principal.path("arn").asText());
        if (!"AWS".equals(principal.path("type").asText()) || !arn.matches()
                || !arn.group(2).equals(principal.path("accountId").asText())
                || !issuer(arn, principal.path("arn").asText()).equals(principal.path("issuerArn").asText())) {
            return Optional.of("principal not expressible as CallerArn");
        }
        return Optional.empty();
    }

    /** The issuer the simulator derives from a CallerArn: the role of a role session, else the caller. */
    private static String issuer(Matcher arn, String callerArn) {
        if (!"assumed-role".equals(arn.group(3))) {
            return callerArn;
        }
        String rest = arn.group(4).substring(1);
        return "arn:aws:iam::" + arn.group(2) + ":role/" + rest.substring(0, Math.max(rest.indexOf('/'), 0));
    }

    private static Optional<String> parseSkip(JsonNode vector) {
        String kind = vector.path("kind").asText();
        return "MANAGED_IDENTITY".equals(kind) || "RESOURCE".equals(kind) ? Optional.empty()
                : Optional.of("document kind the simulator cannot receive");
    }

    private void replay(PolicyCorpus.Vector vector) {
        if (vector.isParseVector()) {
            replayParse(vector.node());
        } else {
            replayDecision(vector.node());
        }
    }

    private void replayDecision(JsonNode vector) {
        JsonNode policies = vector.path("policies");
        JsonNode request = vector.path("request");
        SimulateCustomPolicyRequest.Builder simulation = SimulateCustomPolicyRequest.builder()
                .policyInputList(texts(policies.path("identity")))
                .actionNames(request.path("action").asText())
                .resourceArns(request.path("resource").asText())
                .callerArn(vector.path("principal").path("arn").asText())
                .contextEntries(context(request.path("context")));
        JsonNode boundary = policies.path("boundary");
        if (!boundary.isNull() && !boundary.isMissingNode()) {
            simulation.permissionsBoundaryPolicyInputList(PolicyCorpus.text(boundary));
        }
        if (policies.path("resource").size() == 1) {
            simulation.resourcePolicy(PolicyCorpus.text(policies.path("resource").get(0)));
        }
        if (vector.hasNonNull("resourceAccountId")) {
            simulation.resourceOwner("arn:aws:iam::" + vector.get("resourceAccountId").asText() + ":root");
        }
        List<EvaluationResult> results = iam.simulateCustomPolicy(simulation.build()).evaluationResults();

        assertThat(results).hasSize(1);
        assertThat(results.get(0).evalActionName()).isEqualTo(request.path("action").asText());
        assertThat(results.get(0).evalResourceName()).isEqualTo(request.path("resource").asText());
        assertThat(results.get(0).evalDecisionAsString()).isEqualTo(vector.path("expect").path("decision").asText());
    }

    private void replayParse(JsonNode vector) {
        String document = PolicyCorpus.text(vector.path("policy"));
        boolean resource = "RESOURCE".equals(vector.path("kind").asText());
        SimulateCustomPolicyRequest.Builder simulation = SimulateCustomPolicyRequest.builder()
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::corpus-bucket/key");
        if (resource) {
            simulation.policyInputList(CARRIER).resourcePolicy(document)
                    .callerArn("arn:aws:iam::000000000000:user/corpus");
        } else {
            simulation.policyInputList(document);
        }
        if (vector.has("expectMalformed")) {
            var error = assertAwsError(() -> iam.simulateCustomPolicy(simulation.build()), "MalformedPolicyDocument", 400);
            assertThat(error.awsErrorDetails().errorMessage().toLowerCase())
                    .contains(vector.get("expectMalformed").asText().toLowerCase());
        } else {
            assertThat(iam.simulateCustomPolicy(simulation.build()).evaluationResults()).hasSize(1);
        }
    }

    private static List<String> texts(JsonNode documents) {
        List<String> texts = new ArrayList<>();
        documents.forEach(document -> texts.add(PolicyCorpus.text(document)));
        return texts;
    }

    /** A JSON array is a list-typed key; the type follows the look of the (first) value. */
    private static List<ContextEntry> context(JsonNode context) {
        List<ContextEntry> entries = new ArrayList<>();
        context.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> values.add(v.asText()));
            } else {
                values.add(value.asText());
            }
            String type = values.isEmpty() ? "string" : typeOf(field.getKey(), values.get(0));
            entries.add(ContextEntry.builder().contextKeyName(field.getKey()).contextKeyValues(values)
                    .contextKeyType(value.isArray() ? type + "List" : type).build());
        });
        return entries;
    }

    private static String typeOf(String key, String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return ContextKeyTypeEnum.BOOLEAN.toString();
        }
        if (DATE.matcher(value).matches() || key.toLowerCase().contains("time")) {
            return ContextKeyTypeEnum.DATE.toString();
        }
        if (key.toLowerCase().endsWith("ip") && IP.matcher(value).matches()) {
            return ContextKeyTypeEnum.IP.toString();
        }
        return NUMBER.matcher(value).matches() ? ContextKeyTypeEnum.NUMERIC.toString()
                : ContextKeyTypeEnum.STRING.toString();
    }
}
