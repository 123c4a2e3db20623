package io.gatehouse.iam.policy.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.iam.policy.match.WildcardPattern.Mode;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@link WildcardPattern} agrees with a regex oracle (STYLE.md rule 25). */
class WildcardPatternPropertiesTest {

    @Property(tries = 2000)
    void wildcardModeAgreesWithRegex(@ForAll @Chars({'a', 'b', ':', '*', '?'}) @StringLength(max = 8) String pattern,
                                     @ForAll @Chars({'a', 'b', ':'}) @StringLength(max = 10) String text) {
        boolean expected = Pattern.matches(regex(pattern, false), text);
        assertThat(WildcardPattern.compile(pattern, Mode.WILDCARD, false, false).matches(text, VariableSource.NONE))
                .isEqualTo(expected);
    }

    @Property(tries = 2000)
    void resourceModeAgreesWithRegex(@ForAll @Chars({'a', 'b', ':', '*', '?'}) @StringLength(max = 8) String pattern,
                                     @ForAll @Chars({'a', 'b', ':'}) @StringLength(max = 10) String text) {
        boolean expected = Pattern.matches(regex(pattern, true), text);
        assertThat(WildcardPattern.compile(pattern, Mode.RESOURCE, false, false).matches(text, VariableSource.NONE))
                .isEqualTo(expected);
    }

    @Property(tries = 500)
    void ignoreCaseMatchesAnyCasing(@ForAll @Chars({'a', 'B', '*', '?'}) @StringLength(max = 6) String pattern,
                                    @ForAll @Chars({'a', 'A', 'b', 'B'}) @StringLength(max = 8) String text) {
        boolean expected = Pattern.compile(regex(pattern, false), Pattern.CASE_INSENSITIVE).matcher(text).matches();
        assertThat(WildcardPattern.compile(pattern, Mode.WILDCARD, true, false).matches(text, VariableSource.NONE))
                .isEqualTo(expected);
    }

    /** The oracle: a star ending a segment (before ':' or at the end) may cross colons in resource mode. */
    private static String regex(String pattern, boolean resource) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean endsSegment = i + 1 == pattern.length() || pattern.charAt(i + 1) == ':';
            if (c == '*') {
                regex.append(resource && !endsSegment ? "[^:]*" : ".*");
            } else if (c == '?') {
                regex.append(resource ? "[^:]" : ".");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
