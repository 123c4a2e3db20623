package io.gatehouse.iam.policy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArnMatcherTest {

    @Test
    void matchesWhenEachComponentMatchesThenTrue() {
        ArnMatcher matcher = ArnMatcher.compile("arn:aws:iam::*:role/app-*", false);
        assertThat(matcher.matches("arn:aws:iam::123456789012:role/app-web", VariableSource.NONE)).isTrue();
        assertThat(matcher.matches("arn:aws:iam::123456789012:user/app-web", VariableSource.NONE)).isFalse();
        assertThat(matcher.matches("arn:aws:iam:us-east-1:123456789012:role/app-web", VariableSource.NONE)).isFalse();
    }

    @Test
    void matchesWhenResourceComponentHasColonsThenItIsOneComponent() {
        ArnMatcher matcher = ArnMatcher.compile("arn:aws:logs:*:*:log-group:*", false);
        assertThat(matcher.matches("arn:aws:logs:eu-west-1:123456789012:log-group:a:log-stream:b",
                VariableSource.NONE)).isTrue();
    }

    @Test
    void matchesWhenTooFewComponentsThenFalse() {
        assertThat(ArnMatcher.compile("arn:aws:*:*:*:*", false).matches("arn:aws:s3", VariableSource.NONE)).isFalse();
    }

    @Test
    void compileWhenNotAnArnThenRejected() {
        assertThatThrownBy(() -> ArnMatcher.compile("urn:a:b:c:d:e", false)).hasMessage("\"urn:a:b:c:d:e\" is not an ARN");
    }
}
