package io.gatehouse.iam.policy.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a policy string into text and policy variables: {@code ${aws:username}},
 * {@code ${aws:PrincipalTag/team, 'none'}} (with a default), and the escapes {@code ${*}},
 * {@code ${?}}, {@code ${$}} that stand for the literal characters. Variables are only read in
 * {@code "Version": "2012-10-17"} policies; in older ones the text is taken as it is.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">IAM policy elements: Variables and tags</a>
 */
public final class PolicyVariables {

    /** One piece of a policy string. */
    public sealed interface Part permits Text, Variable {
    }

    /** Text; {@code literal} is true for escapes, whose characters are never wildcards. */
    public record Text(String text, boolean literal) implements Part {
    }

    /** A variable: its lower-cased condition key and its default (null when it has none). */
    public record Variable(String key, String defaultValue) implements Part {

        /** The value to use, or null when the request has none and there is no default. */
        public String resolve(VariableSource source) {
            String value = source.variable(key);
            return value != null ? value : defaultValue;
        }
    }

    private PolicyVariables() {
    }

    /**
     * The parts of {@code value}; with {@code enabled} false the whole string is one text part.
     *
     * @throws IllegalArgumentException when a {@code ${...}} is not a valid variable
     */
    public static List<Part> parse(String value, boolean enabled) {
        List<Part> parts = new ArrayList<>();
        if (!enabled) {
            parts.add(new Text(value, false));
            return parts;
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                text.append(value, i, value.length());
                break;
            }
            int end = value.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("policy variable in \"" + value + "\" is not closed with }");
            }
            text.append(value, i, start);
            String inner = value.substring(start + 2, end);
            if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                flush(parts, text);
                parts.add(new Text(inner, true));
            } else {
                flush(parts, text);
                parts.add(variable(inner, value));
            }
            i = end + 1;
        }
        flush(parts, text);
        return parts;
    }

    /** True when {@code value} holds at least one variable or escape. */
    public static boolean hasVariables(List<Part> parts) {
        return parts.stream().anyMatch(part -> part instanceof Variable || ((Text) part).literal());
    }

    private static void flush(List<Part> parts, StringBuilder text) {
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString(), false));
            text.setLength(0);
        }
    }

    private static Variable variable(String inner, String whole) {
        int comma = inner.indexOf(',');
        String key = (comma < 0 ? inner : inner.substring(0, comma)).trim();
        if (!validKey(key)) {
            throw new IllegalArgumentException("policy variable \"${" + inner + "}\" in \"" + whole
                    + "\" is not valid");
        }
        String defaultValue = null;
        if (comma >= 0) {
            String quoted = inner.substring(comma + 1).trim();
            if (quoted.length() < 2 || quoted.charAt(0) != '\'' || quoted.charAt(quoted.length() - 1) != '\'') {
                throw new IllegalArgumentException("policy variable \"${" + inner + "}\" in \"" + whole
                        + "\" needs its default in single quotes");
            }
            defaultValue = quoted.substring(1, quoted.length() - 1);
        }
        return new Variable(key.toLowerCase(Locale.ROOT), defaultValue);
    }

    private static boolean validKey(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c) || c == '$' || c == '{' || c == '\'' || c == '*' || c == '?') {
                return false;
            }
        }
        return true;
    }
}
