package io.gatehouse.iam.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parses and validates an IAM policy document once into its immutable compiled form. Checks, in
 * order: the allowed characters and the size quota (both as {@link PolicyKind} says), JSON syntax, the top-level elements and Version, and
 * each statement; the first error ends parsing with a message naming the statement and element.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
public final class PolicyParser {

    /** The current policy language version; the only one that reads policy variables. */
    public static final String VERSION_2012 = "2012-10-17";
    /** The previous version, also the behaviour when Version is missing. */
    public static final String VERSION_2008 = "2008-10-17";

    private static final Set<String> ELEMENTS = Set.of("Version", "Id", "Statement");

    private PolicyParser() {
    }

    /**
     * Parses {@code json} as a policy of {@code kind}. {@code sourceId} names the policy in
     * decisions and simulator output (a policy ARN, {@code user/alice/inline/Deploy}, {@code scp/p-…}).
     *
     * @throws MalformedPolicyException when the document is not a valid policy of this kind
     */
    public static Policy parse(String sourceId, String json, PolicyKind kind) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(kind, "kind");
        checkCharacters(json, kind);
        checkSize(json, kind);
        Map<String, Object> members = PolicyJson.parse(json).members();
        members.keySet().stream().filter(key -> !ELEMENTS.contains(key)).findFirst().ifPresent(key -> {
            throw new MalformedPolicyException("Policy: unknown element \"" + key + "\"");
        });
        String version = version(members.get("Version"));
        String id = optionalString("Id", members.get("Id"));
        StatementParser parser = new StatementParser(sourceId, kind, VERSION_2012.equals(version), json);
        List<Statement> statements = new ArrayList<>();
        List<Object> items = statementItems(members.get("Statement"));
        for (int i = 0; i < items.size(); i++) {
            statements.add(parser.parse(i, items.get(i)));
        }
        checkUniqueSids(statements);
        return new Policy(sourceId, kind, json, version, id, statements);
    }

    /** IAM quotas: "Policy documents can contain only ... U+0009, U+000A, U+000D, and ... U+0020 to U+00FF." */
    private static void checkCharacters(String json, PolicyKind kind) {
        if (!kind.latin1Only()) {
            return;
        }
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                Position at = Position.of(json, i);
                throw new MalformedPolicyException(String.format("Policy: character U+%04X at line %d column %d is not"
                        + " allowed in %s policies: use tab, line feed, carriage return or U+0020 to U+00FF",
                        json.codePointAt(i), at.line(), at.column(), kind));
            }
        }
    }

    /** IAM: "The number of characters ... doesn't count white space characters"; SCPs count every character. */
    private static void checkSize(String json, PolicyKind kind) {
        int characters = 0;
        for (int i = 0; i < json.length(); i++) {
            if (kind.whitespaceCounted() || !Character.isWhitespace(json.charAt(i))) {
                characters++;
            }
        }
        if (characters > kind.maxCharacters()) {
            throw new MalformedPolicyException("Policy: document has " + characters
                    + (kind.whitespaceCounted() ? " characters" : " characters without whitespace")
                    + "; the limit for " + kind + " policies is " + kind.maxCharacters());
        }
    }

    private static String version(Object value) {
        String version = optionalString("Version", value);
        if (version != null && !version.equals(VERSION_2012) && !version.equals(VERSION_2008)) {
            throw new MalformedPolicyException("Policy: Version \"" + version + "\" is not valid: use \""
                    + VERSION_2012 + "\" or \"" + VERSION_2008 + "\"");
        }
        return version;
    }

    private static String optionalString(String element, Object value) {
        if (value != null && !(value instanceof String)) {
            throw new MalformedPolicyException("Policy: " + element + " must be a string");
        }
        return (String) value;
    }

    private static List<Object> statementItems(Object value) {
        if (value == null) {
            throw new MalformedPolicyException("Policy: missing Statement");
        }
        if (value instanceof PolicyJson.Node) {
            return List.of(value);
        }
        if (!(value instanceof List<?> list)) {
            throw new MalformedPolicyException("Policy: Statement must be an object or an array of objects");
        }
        if (list.isEmpty()) {
            throw new MalformedPolicyException("Policy: Statement must not be an empty array");
        }
        return List.copyOf(list);
    }

    private static void checkUniqueSids(List<Statement> statements) {
        Map<String, Integer> seen = new HashMap<>();
        for (Statement statement : statements) {
            String sid = statement.sid();
            if (sid == null || sid.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(sid, statement.index());
            if (first != null) {
                throw new MalformedPolicyException("Statement " + statement.index() + " (Sid \"" + sid
                        + "\"): Sid \"" + sid + "\" is already used by statement " + first
                        + "; Sids must be unique within a policy");
            }
        }
    }
}
