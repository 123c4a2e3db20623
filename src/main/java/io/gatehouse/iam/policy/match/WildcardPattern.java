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
    private final Compiled compiled;
    private final char[] fixedPrefix;

    private WildcardPattern(String source, Mode mode, boolean ignoreCase, List<PolicyVariables.Part> parts) {
        this.source = source;
        this.mode = mode;
        this.ignoreCase = ignoreCase;
        boolean variables = PolicyVariables.hasVariables(parts);
        this.parts = variables ? List.copyOf(parts) : null;
        this.compiled = variables ? null : Compiled.of(parts, null, mode, ignoreCase);
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
        Compiled pattern = compiled;
        if (pattern == null) {
            if (!startsWithFixedPrefix(text, from, to)) {
                return false;
            }
            pattern = Compiled.of(parts, variables, mode, ignoreCase);
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
            String[] texts = new String[parts.size()];
            int length = 0;
            for (int i = 0; i < texts.length; i++) {
                PolicyVariables.Part part = parts.get(i);
                texts[i] = part instanceof PolicyVariables.Variable variable ? variable.resolve(variables)
                        : ((PolicyVariables.Text) part).text();
                if (texts[i] == null) {
                    return null;
                }
                length += texts[i].length();
            }
            char[] chars = new char[length];
            boolean[] wildcard = new boolean[length];
            int at = 0;
            for (int i = 0; i < texts.length; i++) {
                PolicyVariables.Part part = parts.get(i);
                boolean literal = !(part instanceof PolicyVariables.Text plain) || plain.literal() || mode == Mode.LITERAL;
                String text = texts[i];
                for (int j = 0; j < text.length(); j++, at++) {
                    char c = text.charAt(j);
                    chars[at] = ignoreCase ? Character.toLowerCase(c) : c;
                    wildcard[at] = !literal && (c == '*' || c == '?');
                }
            }
            byte[] kinds = new byte[length];
            for (int i = 0; i < length; i++) {
                boolean last = i + 1 == length;
                kinds[i] = wildcard[i] ? kind(chars[i], mode, last ? ':' : chars[i + 1], !last && wildcard[i + 1])
                        : LITERAL;
            }
            return new Compiled(chars, kinds, ignoreCase);
        }

        private static byte kind(char wildcard, Mode mode, char next, boolean nextIsWildcard) {
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
            return segmented ? matchesSegments(text, from, to) : matchesGreedy(text, from, to);
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
            if (patternChar == textChar) {
                return true;
            }
            if (!ignoreCase) {
                return false;
            }
            if (textChar < 128) {
                return textChar >= 'A' && textChar <= 'Z' && patternChar == textChar + ('a' - 'A');
            }
            return patternChar == Character.toLowerCase(textChar);
        }

        private boolean matchesGreedy(String text, int from, int to) {
            return greedy(0, chars.length, text, from, to, false);
        }

        /**
         * Matches tokens {@code [ps, pe)} against {@code text[ts, te)}; with {@code prefix} a match of
         * any prefix of the text counts. Every star may absorb anything here, so callers pass regions
         * in which that is right (the whole text, or one colon-free ARN segment).
         */
        private boolean greedy(int ps, int pe, String text, int ts, int te, boolean prefix) {
            int p = ps;
            int t = ts;
            int starP = -1;
            int starT = 0;
            while (t < te) {
                if (p == pe && prefix) {
                    return true;
                }
                byte kind = p < pe ? kinds[p] : LITERAL;
                if (p < pe && (kind == ONE || kind == ONE_IN_SEGMENT || kind == LITERAL && same(chars[p], text.charAt(t)))) {
                    p++;
                    t++;
                } else if (p < pe && (kind == STAR || kind == STAR_IN_SEGMENT)) {
                    starP = p++;
                    starT = t;
                } else if (starP >= 0) {
                    p = starP + 1;
                    t = ++starT;
                } else {
                    return false;
                }
            }
            while (p < pe && (kinds[p] == STAR || kinds[p] == STAR_IN_SEGMENT)) {
                p++;
            }
            return p == pe;
        }

        /**
         * Resource matching, segment by segment: a pattern segment without a segment-ending star
         * matches exactly one text segment; one that ends in a star matches a prefix of a text
         * segment and then absorbs text up to any later colon, where the next pattern segment starts.
         */
        private boolean matchesSegments(String text, int from, int to) {
            return segment(0, text, from, to);
        }

        private boolean segment(int ps, String text, int ts, int to) {
            int pe = ps;
            while (pe < chars.length && !(kinds[pe] == LITERAL && chars[pe] == ':')) {
                pe++;
            }
            boolean last = pe == chars.length;
            int te = colonOrEnd(text, ts, to);
            if (pe > ps && kinds[pe - 1] == STAR) {
                if (!greedy(ps, pe - 1, text, ts, te, true)) {
                    return false;
                }
                if (last) {
                    return true;
                }
                for (int colon = te; colon < to; colon = colonOrEnd(text, colon + 1, to)) {
                    if (segment(pe + 1, text, colon + 1, to)) {
                        return true;
                    }
                }
                return false;
            }
            if (!greedy(ps, pe, text, ts, te, false)) {
                return false;
            }
            if (last || te == to) {
                return last && te == to;
            }
            return segment(pe + 1, text, te + 1, to);
        }

        private static int colonOrEnd(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == ':') {
                    return i;
                }
            }
            return to;
        }
    }
}
