package io.gatehouse.iam.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The policy decision corpus of {@code src/test/resources/iam/corpus/}: reads every vector file and turns a
 * vector into the engine's inputs. The format is described in that folder's README; unknown fields are
 * rejected so that a misspelt {@code expect} cannot silently weaken a vector. Public for the replay of the
 * corpus through IAM's policy simulator ({@code io.gatehouse.aws.iam.PolicyCorpusSimulationTest}).
 */
public final class PolicyCorpus {

    static final String FOLDER = "/iam/corpus";

    private static final Set<String> DECISION_FIELDS = Set.of("name", "doc", "policies", "resourceKind", "accountRoot",
            "resourceAccountId", "principal", "request", "expect");
    private static final Set<String> PARSE_FIELDS = Set.of("name", "doc", "kind", "policy", "expectMalformed", "expectValid");
    private static final Set<String> EXPECT_FIELDS = Set.of("decision", "reason", "matchedSids", "allowedByOrganizations");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One vector and the file it came from. */
    public record Vector(String file, JsonNode node) {

        String name() {
            return node.path("name").asText();
        }

        public String displayName() {
            return file + " / " + name();
        }

        public boolean isParseVector() {
            return node.has("kind");
        }
    }

    private PolicyCorpus() {
    }

    /** Every vector of every {@code *.json} file of the corpus folder, files in name order. */
    public static List<Vector> load() {
        List<Vector> vectors = new ArrayList<>();
        for (Path file : files()) {
            JsonNode root = read(file);
            String fileName = file.getFileName().toString();
            root.path("vectors").forEach(node -> vectors.add(checked(new Vector(fileName, node))));
        }
        return vectors;
    }

    private static List<Path> files() {
        URL folder = Objects.requireNonNull(PolicyCorpus.class.getResource(FOLDER), FOLDER + " must be on the test classpath");
        try (Stream<Path> listing = Files.list(Path.of(folder.toURI()))) {
            return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("corpus file " + file, e);
        }
    }

    private static Vector checked(Vector vector) {
        Set<String> allowed = vector.isParseVector() ? PARSE_FIELDS : DECISION_FIELDS;
        vector.node().fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw new IllegalStateException(vector.displayName() + ": unknown field " + field);
            }
        });
        vector.node().path("expect").fieldNames().forEachRemaining(field -> {
            if (!EXPECT_FIELDS.contains(field)) {
                throw new IllegalStateException(vector.displayName() + ": unknown expect field " + field);
            }
        });
        return vector;
    }

    /** A policy of the corpus as document text: a JSON string is used verbatim, an object is serialized compactly. */
    public static String text(JsonNode policy) {
        if (policy.isTextual()) {
            return policy.asText();
        }
        try {
            return MAPPER.writeValueAsString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the vector's policies, each kind as AWS would accept it there, into the set that bears on the request. */
    static PolicySet policySet(JsonNode vector) {
        JsonNode policies = vector.path("policies");
        PolicyKind resourceKind = vector.hasNonNull("resourceKind")
                ? PolicyKind.valueOf(vector.get("resourceKind").asText()) : PolicyKind.RESOURCE;
        JsonNode boundary = policies.path("boundary");
        List<List<Policy>> scpLevels = new ArrayList<>();
        JsonNode levels = policies.path("scpLevels");
        for (int level = 0; level < levels.size(); level++) {
            scpLevels.add(parseAll(levels.get(level), "scp/level" + level + "/", PolicyKind.SERVICE_CONTROL));
        }
        return new PolicySet(
                parseAll(policies.path("identity"), "identity/", PolicyKind.MANAGED_IDENTITY),
                parseAll(policies.path("resource"), "resource/", resourceKind),
                boundary.isNull() || boundary.isMissingNode()
                        ? null : PolicyParser.parse("boundary", text(boundary), PolicyKind.MANAGED_IDENTITY),
                parseAll(policies.path("session"), "session/", PolicyKind.SESSION),
                scpLevels,
                vector.path("accountRoot").asBoolean(false),
                vector.hasNonNull("resourceAccountId") ? vector.get("resourceAccountId").asText() : null);
    }

    private static List<Policy> parseAll(JsonNode documents, String sourcePrefix, PolicyKind kind) {
        List<Policy> parsed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            parsed.add(PolicyParser.parse(sourcePrefix + i, text(documents.get(i)), kind));
        }
        return parsed;
    }

    /** The request of the vector: action, resource, principal and condition keys (a JSON array is a multivalued key). */
    static RequestContext request(JsonNode vector) {
        JsonNode request = vector.path("request");
        JsonNode principal = vector.path("principal");
        RequestContext.Builder builder = RequestContext.builder()
                .action(request.path("action").asText())
                .resource(request.path("resource").asText())
                .principal(new RequestPrincipal(principal.path("type").asText(), principal.path("arn").asText(),
                        textOrNull(principal, "accountId"), textOrNull(principal, "issuerArn")));
        request.path("context").fields().forEachRemaining(entry -> {
            if (entry.getValue().isArray()) {
                List<String> values = new ArrayList<>();
                entry.getValue().forEach(value -> values.add(value.asText()));
                builder.put(entry.getKey(), values);
            } else {
                builder.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return builder.build();
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
