package io.gatehouse.iam.policy.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.iam.policy.match.WildcardPattern.Mode;
import org.junit.jupiter.api.Test;

class WildcardPatternTest {

    private static boolean matches(String pattern, Mode mode, String text) {
        return WildcardPattern.compile(pattern, mode, false, false).matches(text, VariableSource.NONE);
    }

    @Test
    void matchesWhenWildcardModeThenStarAndQuestionMarkMatchAnything() {
        assertThat(matches("iam:Get*", Mode.WILDCARD, "iam:GetUser")).isTrue();
        assertThat(matches("iam:*User", Mode.WILDCARD, "iam:GetUser")).isTrue();
        assertThat(matches("iam:Get?ser", Mode.WILDCARD, "iam:GetUser")).isTrue();
        assertThat(matches("iam:Get?ser", Mode.WILDCARD, "iam:GetUUser")).isFalse();
        assertThat(matches("*", Mode.WILDCARD, "")).isTrue();
        assertThat(matches("a*b*c", Mode.WILDCARD, "aXbYbZc")).isTrue();
        assertThat(matches("a*b*c", Mode.WILDCARD, "aXbYbZ")).isFalse();
        assertThat(matches("**", Mode.WILDCARD, "x:y")).isTrue();
    }

    @Test
    void matchesWhenLiteralModeThenWildcardsAreCharacters() {
        assertThat(matches("a*", Mode.LITERAL, "a*")).isTrue();
        assertThat(matches("a*", Mode.LITERAL, "ab")).isFalse();
        assertThat(matches("a?", Mode.LITERAL, "ab")).isFalse();
    }

    @Test
    void matchesWhenIgnoreCaseThenCaseFolded() {
        WildcardPattern pattern = WildcardPattern.compile("IAM:get*", Mode.WILDCARD, true, false);
        assertThat(pattern.matches("iam:GetUser", VariableSource.NONE)).isTrue();
        assertThat(pattern.matches("IAM:GETUSER", VariableSource.NONE)).isTrue();
        assertThat(pattern.matches("iam:ListUsers", VariableSource.NONE)).isFalse();
    }

    @Test
    void matchesWhenResourceStarInsideSegmentThenStaysInSegment() {
        assertThat(matches("arn:aws:s3:::my*bucket", Mode.RESOURCE, "arn:aws:s3:::my-big-bucket")).isTrue();
        assertThat(matches("arn:aws:iam::12*3:user/x", Mode.RESOURCE, "arn:aws:iam::12:a:3:user/x")).isFalse();
        assertThat(matches("arn:aws:iam::?:user/x", Mode.RESOURCE, "arn:aws:iam:::user/x")).isFalse();
    }

    @Test
    void matchesWhenResourceStarEndsSegmentThenCrossesColons() {
        assertThat(matches("arn:aws:logs:us-east-1:123456789012:log-group:app*",
                Mode.RESOURCE, "arn:aws:logs:us-east-1:123456789012:log-group:app-1:log-stream:x")).isTrue();
        assertThat(matches("arn:aws:sns:*:123456789012:topic", Mode.RESOURCE,
                "arn:aws:sns:us-east-1:123456789012:topic")).isTrue();
        assertThat(matches("arn:aws:s3:::bucket/*", Mode.RESOURCE, "arn:aws:s3:::bucket/a/b:c")).isTrue();
        assertThat(matches("*", Mode.RESOURCE, "arn:aws:s3:::anything")).isTrue();
    }

    @Test
    void matchesWhenResourceCaseDiffersThenFalse() {
        assertThat(matches("arn:aws:iam::123456789012:user/Bob", Mode.RESOURCE,
                "arn:aws:iam::123456789012:user/bob")).isFalse();
    }

    @Test
    void matchesWhenRegionThenOnlyThatRegion() {
        WildcardPattern pattern = WildcardPattern.compile("b*c", Mode.WILDCARD, false, false);
        assertThat(pattern.matches("abcd", 1, 3, VariableSource.NONE)).isTrue();
        assertThat(pattern.matches("abcd", 1, 4, VariableSource.NONE)).isFalse();
    }

    @Test
    void matchesWhenVariablesThenResolvedPerRequest() {
        WildcardPattern pattern = WildcardPattern.compile("arn:aws:s3:::home/${aws:username}/*", Mode.RESOURCE, false,
                true);
        assertThat(pattern.usesVariables()).isTrue();
        assertThat(pattern.matches("arn:aws:s3:::home/alice/f", key -> key.equals("aws:username") ? "alice" : null))
                .isTrue();
        assertThat(pattern.matches("arn:aws:s3:::home/alice/f", key -> "bob")).isFalse();
        assertThat(pattern.matches("arn:aws:s3:::home/alice/f", VariableSource.NONE)).isFalse();
    }

    @Test
    void compileWhenVariablesDisabledThenDollarBraceIsText() {
        WildcardPattern pattern = WildcardPattern.compile("home/${aws:username}", Mode.WILDCARD, false, false);
        assertThat(pattern.usesVariables()).isFalse();
        assertThat(pattern.matches("home/${aws:username}", VariableSource.NONE)).isTrue();
    }
}
