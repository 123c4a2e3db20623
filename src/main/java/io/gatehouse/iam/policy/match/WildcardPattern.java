package io.gatehouse.iam.policy.match;

import java.util.List;
import java.util.Locale;

/**
 * A compiled IAM string pattern: {@code *} matches any run of characters, {@code ?} any one, and
 * policy variables are replaced from the request before matching. Matching walks the pattern with
 * the classic greedy star-backtracking loop (linear in practice, no regex); the resource form, whose
 * wildcards stay inside one colon-separated ARN segment, runs that loop segment by segment.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM JSON policy elements: Resource</a>
 */
public final class WildcardPattern {

    /** How {@code *} and {@code ?} are read. */
    public enum Mode {
        /** No wildcards: {@code StringEquals}, {@code StringEqualsIgnoreCase}. */
        LITERAL,
        /** Wildcards that match any character: actions, {@code StringLike}, ARN condition segments. */
        WILDCARD,
        /**
         * Resource ARNs: "You can use wildcard characters (* and ?) within the individual segments of
         * an ARN (the parts separated by colons) ... If the * wildcard is the last character of a
         * resource ARN segment, it can expand to match beyond the colon boundaries."
         */
        RESOURCE
    }

    private final String source;
    private final Mode mode;
    private final boolean ignoreCase;
    private final List<PolicyVariables.Part> parts;
    private final CompiledPattern compiled;
    private final char[] fixedPrefix;

    private WildcardPattern(String source, Mode mode, boolean ignoreCase, List<PolicyVariables.Part> parts) {
        this.source = source;
        this.mode = mode;
        this.ignoreCase = ignoreCase;
        boolean variables = PolicyVariables.hasVariables(parts);
        this.parts = variables ? List.copyOf(parts) : null;
        this.compiled = variables ? null : CompiledPattern.of(parts, null, mode, ignoreCase);
        this.fixedPrefix = fixedPrefix(parts, mode, ignoreCase);
    }

    /** The text every match starts with: the pattern up to its first wildcard or variable. */
    private static char[] fixedPrefix(List<PolicyVariables.Part> parts, Mode mode, boolean ignoreCase) {
        StringBuilder prefix = new StringBuilder();
        for (PolicyVariables.Part part : parts) {
            if (!(part instanceof PolicyVariables.Text text)) {
                break;
            }
            String value = text.text();
            int end = 0;
            boolean wildcards = !text.literal() && mode != Mode.LITERAL;
            while (end < value.length() && !(wildcards && (value.charAt(end) == '*' || value.charAt(end) == '?'))) {
                end++;
            }
            prefix.append(value, 0, end);
            if (end < value.length()) {
                break;
            }
        }
        String fixed = prefix.toString();
        return (ignoreCase ? fixed.toLowerCase(Locale.ROOT) : fixed).toCharArray();
    }

    /**
     * Compiles {@code pattern}; with {@code variables} true, {@code ${...}} is read as a policy variable.
     *
     * @throws IllegalArgumentException when a policy variable is malformed
     */
    public static WildcardPattern compile(String pattern, Mode mode, boolean ignoreCase, boolean variables) {
        return new WildcardPattern(pattern, mode, ignoreCase, PolicyVariables.parse(pattern, variables));
    }

    /** The pattern as written in the policy. */
    public String source() {
        return source;
    }

    /** True when the pattern uses policy variables (and so depends on the request). */
    public boolean usesVariables() {
        return parts != null;
    }

    /** Matches the whole of {@code text}. */
    public boolean matches(String text, VariableSource variables) {
        return matches(text, 0, text.length(), variables);
    }

    /**
     * Matches {@code text[from, to)}; false when a variable the pattern needs has no value and no
     * default ("a missing variable with no default makes that value not match").
     */
    public boolean matches(String text, int from, int to, VariableSource variables) {
        CompiledPattern pattern = compiled;
        if (pattern == null) {
            if (!startsWithFixedPrefix(text, from, to)) {
                return false;
            }
            pattern = CompiledPattern.of(parts, variables, mode, ignoreCase);
            if (pattern == null) {
                return false;
            }
        }
        return pattern.matches(text, from, to);
    }

    /** A cheap rejection before a variable pattern is resolved for this request. */
    private boolean startsWithFixedPrefix(String text, int from, int to) {
        if (to - from < fixedPrefix.length) {
            return false;
        }
        for (int i = 0; i < fixedPrefix.length; i++) {
            char c = text.charAt(from + i);
            if (fixedPrefix[i] != (ignoreCase ? Character.toLowerCase(c) : c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return source;
    }
}
