package io.gatehouse.iam.policy.match;

import java.util.Arrays;
import java.util.List;

/**
 * A compiled IAM string pattern: {@code *} matches any run of characters, {@code ?} any one, and
 * policy variables are replaced from the request before matching. Matching walks the pattern with
 * the classic greedy star-backtracking loop (linear in practice, no regex); the resource form, whose
 * wildcards stay inside one colon-separated ARN segment, uses a small NFA instead.
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
    private final Compiled compiled;

    private WildcardPattern(String source, Mode mode, boolean ignoreCase, List<PolicyVariables.Part> parts) {
        this.source = source;
        this.mode = mode;
        this.ignoreCase = ignoreCase;
        boolean variables = PolicyVariables.hasVariables(parts);
        this.parts = variables ? List.copyOf(parts) : null;
        this.compiled = variables ? null : Compiled.of(parts, null, mode, ignoreCase);
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
        Compiled pattern = compiled;
        if (pattern == null) {
            pattern = Compiled.of(parts, variables, mode, ignoreCase);
            if (pattern == null) {
                return false;
            }
        }
        return pattern.matches(text, from, to);
    }

    @Override
    public String toString() {
        return source;
    }

    /** The pattern flattened to one token per character. */
    private static final class Compiled {

        static final byte LITERAL = 0;
        static final byte STAR = 1;
        static final byte ONE = 2;
        static final byte STAR_IN_SEGMENT = 3;
        static final byte ONE_IN_SEGMENT = 4;

        private final char[] chars;
        private final byte[] kinds;
        private final boolean ignoreCase;
        private final boolean segmented;
        private final boolean matchAll;
        private final boolean literalOnly;

        private Compiled(char[] chars, byte[] kinds, boolean ignoreCase) {
            this.chars = chars;
            this.kinds = kinds;
            this.ignoreCase = ignoreCase;
            boolean anySegmented = false;
            boolean anyWildcard = false;
            for (byte kind : kinds) {
                anySegmented |= kind == STAR_IN_SEGMENT || kind == ONE_IN_SEGMENT;
                anyWildcard |= kind != LITERAL;
            }
            this.segmented = anySegmented;
            this.literalOnly = !anyWildcard;
            this.matchAll = kinds.length == 1 && kinds[0] == STAR;
        }

        /** Flattens the parts, resolving variables from {@code variables}; null when one has no value. */
        static Compiled of(List<PolicyVariables.Part> parts, VariableSource variables, Mode mode, boolean ignoreCase) {
            StringBuilder chars = new StringBuilder();
            StringBuilder wildcard = new StringBuilder();
            for (PolicyVariables.Part part : parts) {
                String text;
                boolean literal;
                if (part instanceof PolicyVariables.Variable variable) {
                    text = variable.resolve(variables);
                    literal = true;
                    if (text == null) {
                        return null;
                    }
                } else {
                    PolicyVariables.Text plain = (PolicyVariables.Text) part;
                    text = plain.text();
                    literal = plain.literal() || mode == Mode.LITERAL;
                }
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    chars.append(ignoreCase ? Character.toLowerCase(c) : c);
                    wildcard.append(literal ? 'L' : c == '*' ? '*' : c == '?' ? '?' : 'L');
                }
            }
            byte[] kinds = new byte[chars.length()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = kind(wildcard.charAt(i), mode, i + 1 < kinds.length ? chars.charAt(i + 1) : ':',
                        i + 1 < kinds.length && wildcard.charAt(i + 1) != 'L');
            }
            return new Compiled(chars.toString().toCharArray(), kinds, ignoreCase);
        }

        private static byte kind(char wildcard, Mode mode, char next, boolean nextIsWildcard) {
            if (wildcard == 'L') {
                return LITERAL;
            }
            if (mode != Mode.RESOURCE) {
                return wildcard == '*' ? STAR : ONE;
            }
            if (wildcard == '?') {
                return ONE_IN_SEGMENT;
            }
            boolean endsSegment = next == ':' && !nextIsWildcard;
            return endsSegment ? STAR : STAR_IN_SEGMENT;
        }

        boolean matches(String text, int from, int to) {
            if (matchAll) {
                return true;
            }
            if (literalOnly) {
                return to - from == chars.length && literalEquals(text, from);
            }
            return segmented ? matchesNfa(text, from, to) : matchesGreedy(text, from, to);
        }

        private boolean literalEquals(String text, int from) {
            for (int i = 0; i < chars.length; i++) {
                if (!same(chars[i], text.charAt(from + i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean same(char patternChar, char textChar) {
            return patternChar == textChar || ignoreCase && patternChar == Character.toLowerCase(textChar);
        }

        private boolean matchesGreedy(String text, int from, int to) {
            int p = 0;
            int t = from;
            int starP = -1;
            int starT = 0;
            int m = chars.length;
            while (t < to) {
                if (p < m && (kinds[p] == ONE || kinds[p] == LITERAL && same(chars[p], text.charAt(t)))) {
                    p++;
                    t++;
                } else if (p < m && kinds[p] == STAR) {
                    starP = p++;
                    starT = t;
                } else if (starP >= 0) {
                    p = starP + 1;
                    t = ++starT;
                } else {
                    return false;
                }
            }
            while (p < m && kinds[p] == STAR) {
                p++;
            }
            return p == m;
        }

        private boolean matchesNfa(String text, int from, int to) {
            int m = chars.length;
            boolean[] current = new boolean[m + 1];
            boolean[] next = new boolean[m + 1];
            current[0] = true;
            closeOverStars(current);
            for (int t = from; t < to; t++) {
                char c = text.charAt(t);
                boolean any = false;
                Arrays.fill(next, false);
                for (int p = 0; p < m; p++) {
                    if (!current[p]) {
                        continue;
                    }
                    byte kind = kinds[p];
                    if (kind == LITERAL && same(chars[p], c) || kind == ONE || kind == ONE_IN_SEGMENT && c != ':') {
                        next[p + 1] = true;
                        any = true;
                    } else if (kind == STAR || kind == STAR_IN_SEGMENT && c != ':') {
                        next[p] = true;
                        any = true;
                    }
                }
                if (!any) {
                    return false;
                }
                closeOverStars(next);
                boolean[] swap = current;
                current = next;
                next = swap;
            }
            return current[m];
        }

        private void closeOverStars(boolean[] states) {
            for (int p = 0; p < chars.length; p++) {
                if (states[p] && (kinds[p] == STAR || kinds[p] == STAR_IN_SEGMENT)) {
                    states[p + 1] = true;
                }
            }
        }
    }
}
