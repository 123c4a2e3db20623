package io.gatehouse.iam.policy.match;

import java.util.List;

/**
 * A {@link WildcardPattern} flattened to one token per character, with its variables already
 * replaced: literal characters, {@code *} and {@code ?}, and in resource mode their forms that stay
 * inside one colon-separated ARN segment.
 */
final class CompiledPattern {

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

    private CompiledPattern(char[] chars, byte[] kinds, boolean ignoreCase) {
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
    static CompiledPattern of(List<PolicyVariables.Part> parts, VariableSource variables, WildcardPattern.Mode mode,
                              boolean ignoreCase) {
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
            boolean literal = !(part instanceof PolicyVariables.Text plain) || plain.literal()
                    || mode == WildcardPattern.Mode.LITERAL;
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
        return new CompiledPattern(chars, kinds, ignoreCase);
    }

    private static byte kind(char wildcard, WildcardPattern.Mode mode, char next, boolean nextIsWildcard) {
        if (mode != WildcardPattern.Mode.RESOURCE) {
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
            boolean more = p < pe;
            byte kind = more ? kinds[p] : LITERAL;
            if (more && (kind == ONE || kind == ONE_IN_SEGMENT || kind == LITERAL && same(chars[p], text.charAt(t)))) {
                p++;
                t++;
            } else if (more && (kind == STAR || kind == STAR_IN_SEGMENT)) {
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
