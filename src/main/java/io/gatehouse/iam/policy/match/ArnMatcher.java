package io.gatehouse.iam.policy.match;

/**
 * Matches ARNs the way the ARN condition operators do: "Each of the six colon-delimited components
 * of the ARN is checked separately and each can include multi-character match wildcards (*) or
 * single-character match wildcards (?)". The sixth component (the resource) runs to the end and may
 * itself hold colons. A value with fewer than six components is not an ARN and matches nothing.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN">ARN condition operators</a>
 */
public final class ArnMatcher {

    /** The number of colon-separated components in an ARN. */
    public static final int COMPONENTS = 6;

    private final String source;
    private final WildcardPattern[] components;

    private ArnMatcher(String source, WildcardPattern[] components) {
        this.source = source;
        this.components = components;
    }

    /**
     * Compiles an ARN pattern, with policy variables when {@code variables} is true.
     *
     * @throws IllegalArgumentException when {@code pattern} is not
     *         {@code arn:partition:service:region:account:resource}
     */
    public static ArnMatcher compile(String pattern, boolean variables) {
        int[] bounds = split(pattern, variables);
        if (bounds == null || !pattern.startsWith("arn:")) {
            throw new IllegalArgumentException("\"" + pattern + "\" is not an ARN");
        }
        WildcardPattern[] components = new WildcardPattern[COMPONENTS];
        for (int i = 0; i < COMPONENTS; i++) {
            components[i] = WildcardPattern.compile(pattern.substring(bounds[i], bounds[i + 1] - 1),
                    WildcardPattern.Mode.WILDCARD, false, variables);
        }
        return new ArnMatcher(pattern, components);
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** True when every component of {@code arn} matches the pattern's component. */
    public boolean matches(String arn, VariableSource variables) {
        int start = 0;
        for (int i = 0; i < COMPONENTS; i++) {
            int end = i < COMPONENTS - 1 ? arn.indexOf(':', start) : arn.length();
            if (end < 0 || !components[i].matches(arn, start, end, variables)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * Start offsets of the six components plus the end (+1), or null when there are fewer than six.
     * Colons inside a policy variable ({@code ${aws:username}}) do not separate components.
     */
    private static int[] split(String arn, boolean variables) {
        int[] bounds = new int[COMPONENTS + 1];
        int start = 0;
        for (int i = 0; i < COMPONENTS - 1; i++) {
            int colon = nextColon(arn, start, variables);
            if (colon < 0) {
                return null;
            }
            bounds[i] = start;
            start = colon + 1;
        }
        bounds[COMPONENTS - 1] = start;
        bounds[COMPONENTS] = arn.length() + 1;
        return bounds;
    }

    private static int nextColon(String arn, int from, boolean variables) {
        int i = from;
        while (i < arn.length()) {
            char c = arn.charAt(i);
            if (c == ':') {
                return i;
            }
            if (variables && c == '$' && i + 1 < arn.length() && arn.charAt(i + 1) == '{') {
                int close = arn.indexOf('}', i);
                i = close < 0 ? arn.length() : close + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
