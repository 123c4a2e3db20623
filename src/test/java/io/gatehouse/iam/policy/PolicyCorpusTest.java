package io.gatehouse.iam.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the policy decision corpus of {@code iam/corpus/*.json} against the engine: each vector encodes one
 * sentence of AWS's IAM or Organizations documentation (quoted in the vector) as a request and the decision
 * AWS documents for it, or as a document AWS rejects. Pure: no Quarkus.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
class PolicyCorpusTest {

    private static final int MINIMUM_VECTORS = 424;

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    @TestFactory
    Stream<DynamicTest> evaluateWhenCorpusVectorThenDecisionIsTheDocumentedOne() {
        return PolicyCorpus.load().stream()
                .map(vector -> DynamicTest.dynamicTest(vector.displayName(), () -> replay(vector)));
    }

    @Test
    void loadWhenCorpusReadThenEnoughVectorsEachCitingAwsDocumentation() {
        List<PolicyCorpus.Vector> vectors = PolicyCorpus.load();

        assertThat(vectors).hasSizeGreaterThanOrEqualTo(MINIMUM_VECTORS);
        Set<String> names = new HashSet<>();
        for (PolicyCorpus.Vector vector : vectors) {
            JsonNode doc = vector.node().path("doc");
            assertThat(vector.name()).as("name of a vector in %s", vector.file()).isNotBlank();
            assertThat(names.add(vector.displayName())).as("unique name %s", vector.displayName()).isTrue();
            assertThat(doc.path("url").asText()).as("doc url of %s", vector.displayName()).startsWith("https://docs.aws.amazon.com/");
            assertThat(doc.path("quote").asText()).as("doc quote of %s", vector.displayName()).isNotBlank();
            assertThat(vector.isParseVector() || vector.node().path("expect").has("decision"))
                    .as("%s expects a decision or a parse result", vector.displayName()).isTrue();
        }
    }

    private void replay(PolicyCorpus.Vector vector) {
        if (vector.isParseVector()) {
            replayParse(vector.node());
        } else {
            replayDecision(vector.node());
        }
    }

    private static void replayParse(JsonNode vector) {
        PolicyKind kind = PolicyKind.valueOf(vector.get("kind").asText());
        String document = PolicyCorpus.text(vector.get("policy"));
        if (vector.has("expectMalformed")) {
            MalformedPolicyException e = catchThrowableOfType(MalformedPolicyException.class,
                    () -> PolicyParser.parse("corpus", document, kind));
            assertThat(e).as("MalformedPolicyException for a %s document", kind).isNotNull();
            String expected = vector.get("expectMalformed").asText().toLowerCase(Locale.ROOT);
            assertThat(Objects.toString(e.getMessage(), "").toLowerCase(Locale.ROOT)).contains(expected);
        } else {
            assertThatCode(() -> PolicyParser.parse("corpus", document, kind))
                    .as("a valid %s document", kind).doesNotThrowAnyException();
        }
    }

    private void replayDecision(JsonNode vector) {
        JsonNode expect = vector.path("expect");

        Decision decision = evaluator.evaluate(PolicyCorpus.policySet(vector), PolicyCorpus.request(vector));

        assertThat(decision.outcome().simulatorName()).as("decision (reason %s, matched %s)", decision.reason(),
                decision.matchedStatements()).isEqualTo(expect.path("decision").asText());
        if (expect.has("reason")) {
            assertThat(decision.reason()).isEqualTo(DenyReason.valueOf(expect.get("reason").asText()));
        } else if (decision.allowed()) {
            assertThat(decision.reason()).isEqualTo(DenyReason.NONE);
        }
        if (expect.has("matchedSids")) {
            Set<String> expected = new HashSet<>();
            expect.get("matchedSids").forEach(sid -> expected.add(sid.asText()));
            Set<String> actual = decision.matchedStatements().stream().map(MatchedStatement::sid)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            assertThat(actual).as("Sids of the deciding statements").isEqualTo(expected);
        }
        if (expect.has("allowedByOrganizations")) {
            assertThat(decision.allowedByOrganizations()).as("allowedByOrganizations")
                    .isEqualTo(expect.get("allowedByOrganizations").asBoolean());
        }
    }
}
