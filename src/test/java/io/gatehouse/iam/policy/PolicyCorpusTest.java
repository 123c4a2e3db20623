package io.gatehouse.iam.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the decision vectors of {@code src/test/resources/iam/corpus/} (STYLE.md rule 24) against
 * the engine. Each vector holds policies by role, a request and the expected decision, reason and
 * deciding statement Sids, with the AWS documentation sentence it encodes.
 */
class PolicyCorpusTest {

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getResource("/iam/corpus").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)))
                    .toList().stream();
        }
    }

    private void run(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Object> vector = PolicyJson.parse(text).members();
        Map<String, Object> policies = node(vector.get("policies")).members();
        Map<String, Object> expected = node(vector.get("expected")).members();
        Object boundary = policies.get("boundary");
        List<List<Policy>> scps = new ArrayList<>();
        for (Object level : list(policies.get("scps"))) {
            scps.add(parseAll(text, list(level), PolicyKind.SERVICE_CONTROL));
        }
        PolicySet set = new PolicySet(parseAll(text, list(policies.get("identity")), PolicyKind.MANAGED_IDENTITY),
                parseAll(text, list(policies.get("resource")), PolicyKind.RESOURCE),
                boundary == null ? null : parse(text, boundary, PolicyKind.MANAGED_IDENTITY),
                parseAll(text, list(policies.get("session")), PolicyKind.SESSION), scps,
                Boolean.TRUE.equals(policies.get("accountRoot")), (String) policies.get("resourceAccount"));

        Decision decision = evaluator.evaluate(set, request(node(vector.get("request")).members()));

        assertThat(decision.outcome().simulatorName()).as((String) vector.get("awsDoc"))
                .isEqualTo(expected.get("decision"));
        assertThat(decision.reason().name()).isEqualTo(expected.get("reason"));
        assertThat(decision.matchedStatements()).extracting(MatchedStatement::sid)
                .containsExactlyElementsOf(list(expected.get("matched")).stream().map(String.class::cast).toList());
    }

    private static RequestContext request(Map<String, Object> request) {
        Map<String, Object> principal = node(request.get("principal")).members();
        RequestContext.Builder builder = RequestContext.builder().action((String) request.get("action"))
                .resource((String) request.get("resource"))
                .principal(new RequestPrincipal((String) principal.get("type"), (String) principal.get("arn"),
                        (String) principal.get("accountId"), (String) principal.get("issuerArn")));
        Object context = request.get("context");
        if (context != null) {
            node(context).members().forEach((key, values) ->
                    builder.put(key, list(values).stream().map(String.class::cast).toList()));
        }
        return builder.build();
    }

    private static List<Policy> parseAll(String text, List<Object> documents, PolicyKind kind) {
        return documents.stream().map(document -> parse(text, document, kind)).toList();
    }

    /** Parses a policy embedded in the vector, from its own text. */
    private static Policy parse(String text, Object document, PolicyKind kind) {
        PolicyJson.Node node = node(document);
        return PolicyParser.parse(kind.name(), text.substring(node.start(), node.end()), kind);
    }

    private static PolicyJson.Node node(Object value) {
        return (PolicyJson.Node) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
