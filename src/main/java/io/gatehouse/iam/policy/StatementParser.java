package io.gatehouse.iam.policy;

import io.gatehouse.iam.policy.condition.Condition;
import io.gatehouse.iam.policy.condition.ConditionOperators;
import io.gatehouse.iam.policy.match.WildcardPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates and compiles one statement. Every error names the statement (index from 0, and Sid)
 * and the element, e.g. {@code Statement 2 (Sid "Read"): unknown condition operator "StringEqualz"}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
final class StatementParser {

    private static final Set<String> ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
            "NotAction", "Resource", "NotResource", "Condition");

    private final String sourceId;
    private final PolicyKind kind;
    private final boolean variables;
    private final String document;

    StatementParser(String sourceId, PolicyKind kind, boolean variables, String document) {
        this.sourceId = sourceId;
        this.kind = kind;
        this.variables = variables;
        this.document = document;
    }

    Statement parse(int index, Object json) {
        String label = "Statement " + index;
        if (!(json instanceof PolicyJson.Node node)) {
            throw new MalformedPolicyException(label + ": must be a JSON object");
        }
        Map<String, Object> members = node.members();
        String sid = sid(label, members.get("Sid"));
        String where = sid == null ? label + ": " : label + " (Sid \"" + sid + "\"): ";
        try {
            members.keySet().stream().filter(key -> !ELEMENTS.contains(key)).findFirst().ifPresent(key -> {
                throw new IllegalArgumentException("unknown element \"" + key + "\"");
            });
            Effect effect = effect(members.get("Effect"));
            checkNotPrincipal(members, effect);
            Statement.Elements elements = new Statement.Elements(
                    actions(members), members.containsKey("NotAction"),
                    resources(members), members.containsKey("NotResource"),
                    principal(members), members.containsKey("NotPrincipal"),
                    conditions(members.get("Condition")));
            return new Statement(new MatchedStatement(sourceId, kind, index, sid), effect,
                    Position.of(document, node.start()), Position.of(document, node.end() - 1), elements);
        } catch (IllegalArgumentException invalid) {
            throw new MalformedPolicyException(where + invalid.getMessage());
        }
    }

    /**
     * NotPrincipal page: "NotPrincipal must be used with "Effect":"Deny"" and "You cannot use the
     * NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy."
     */
    private void checkNotPrincipal(Map<String, Object> members, Effect effect) {
        if (!members.containsKey("NotPrincipal") || !kind.principalRequired()) {
            return;
        }
        if (kind == PolicyKind.TRUST) {
            throw new IllegalArgumentException("NotPrincipal is not allowed in TRUST policies: use Principal");
        }
        if (effect != Effect.DENY) {
            throw new IllegalArgumentException("NotPrincipal must be used with \"Effect\":\"Deny\"");
        }
    }

    private String sid(String label, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String sid)) {
            throw new MalformedPolicyException(label + ": Sid must be a string");
        }
        // IAM: "The Sid element supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)."
        if (kind != PolicyKind.RESOURCE && !sid.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new MalformedPolicyException(label + ": Sid \"" + sid + "\" must contain only letters and digits");
        }
        return sid;
    }

    private static Effect effect(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("missing Effect");
        }
        for (Effect effect : Effect.values()) {
            if (effect.policyName().equals(value)) {
                return effect;
            }
        }
        throw new IllegalArgumentException("Effect " + quote(value) + " is not valid: use \"Allow\" or \"Deny\"");
    }

    private static WildcardPattern[] actions(Map<String, Object> members) {
        String element = exclusive(members, "Action", "NotAction");
        if (element == null) {
            throw new IllegalArgumentException("missing Action or NotAction");
        }
        List<String> values = strings(element, members.get(element));
        WildcardPattern[] patterns = new WildcardPattern[values.size()];
        for (int i = 0; i < patterns.length; i++) {
            String action = values.get(i);
            if (!ActionName.isValidPattern(action)) {
                throw new IllegalArgumentException(element + " \"" + action
                        + "\" is not valid: use \"service:action\" or \"*\"");
            }
            patterns[i] = WildcardPattern.compile(action, WildcardPattern.Mode.WILDCARD, true, false);
        }
        return patterns;
    }

    private WildcardPattern[] resources(Map<String, Object> members) {
        String element = exclusive(members, "Resource", "NotResource");
        if (element == null) {
            if (kind == PolicyKind.TRUST) {
                return null;
            }
            throw new IllegalArgumentException("missing Resource or NotResource");
        }
        List<String> values = strings(element, members.get(element));
        WildcardPattern[] patterns = new WildcardPattern[values.size()];
        for (int i = 0; i < patterns.length; i++) {
            String resource = values.get(i);
            String problem = ResourceName.problem(resource);
            if (problem != null) {
                throw new IllegalArgumentException(element + " \"" + resource + "\" is not valid: " + problem);
            }
            patterns[i] = WildcardPattern.compile(resource, WildcardPattern.Mode.RESOURCE, false, variables);
        }
        return patterns;
    }

    private PrincipalSpec principal(Map<String, Object> members) {
        String element = exclusive(members, "Principal", "NotPrincipal");
        if (element == null) {
            if (kind.principalRequired()) {
                throw new IllegalArgumentException("missing Principal or NotPrincipal");
            }
            return null;
        }
        if (!kind.principalRequired()) {
            throw new IllegalArgumentException(element + " is not allowed in " + kind + " policies");
        }
        Object value = members.get(element);
        if ("*".equals(value)) {
            return PrincipalSpec.everyone();
        }
        if (!(value instanceof PolicyJson.Node node)) {
            throw new IllegalArgumentException(element + " must be \"*\" or an object");
        }
        if (node.members().isEmpty()) {
            throw new IllegalArgumentException(element + " must not be an empty object");
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        node.members().forEach((type, names) -> {
            if (!PrincipalSpec.TYPES.contains(type)) {
                throw new IllegalArgumentException(element + " type \"" + type
                        + "\" is not valid: use AWS, Federated, Service or CanonicalUser");
            }
            byType.put(type, strings(element + " " + type, names));
        });
        return PrincipalSpec.of(byType);
    }

    private Condition[] conditions(Object value) {
        if (value == null) {
            return new Condition[0];
        }
        if (!(value instanceof PolicyJson.Node block)) {
            throw new IllegalArgumentException("Condition must be an object");
        }
        List<Condition> conditions = new ArrayList<>();
        block.members().forEach((operator, keys) -> {
            if (!ConditionOperators.isKnown(operator)) {
                throw new IllegalArgumentException("unknown condition operator \"" + operator + "\"");
            }
            if (!(keys instanceof PolicyJson.Node keyBlock) || keyBlock.members().isEmpty()) {
                throw new IllegalArgumentException("Condition operator \"" + operator
                        + "\" must be an object of condition keys and values");
            }
            keyBlock.members().forEach((key, values) -> conditions.add(condition(operator, key, values)));
        });
        return conditions.toArray(Condition[]::new);
    }

    private Condition condition(String operator, String key, Object values) {
        String element = "Condition " + operator + " \"" + key + "\"";
        if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Condition key \"" + key + "\" is not valid");
        }
        List<Object> items = values instanceof List<?> list ? List.copyOf(list) : List.of(values);
        if (items.isEmpty()) {
            throw new IllegalArgumentException(element + " must not be an empty array");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String || item instanceof Boolean || item instanceof PolicyJson.JsonNumber)) {
                throw new IllegalArgumentException(element + " values must be strings, numbers or booleans");
            }
            strings.add(item.toString());
        }
        try {
            return ConditionOperators.compile(operator, key, strings, variables);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(element + ": " + invalid.getMessage(), invalid);
        }
    }

    /** The one of two mutually exclusive elements present, or null when neither is. */
    private static String exclusive(Map<String, Object> members, String element, String negated) {
        if (members.containsKey(element) && members.containsKey(negated)) {
            throw new IllegalArgumentException("has both " + element + " and " + negated);
        }
        return members.containsKey(element) ? element : members.containsKey(negated) ? negated : null;
    }

    /** A string or a non-empty array of strings. */
    private static List<String> strings(String element, Object value) {
        if (value instanceof String single) {
            return List.of(single);
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(element + " must be a string or an array of strings");
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException(element + " must not be an empty array");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static String quote(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
