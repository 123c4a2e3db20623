package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArnConditionTest {

    private static final String KEY = "aws:SourceArn";

    @Test
    void arnLikeWhenComponentsMatchThenTrue() {
        TestContext topic = with(KEY, "arn:aws:sns:us-east-1:123456789012:my-topic");
        assertThat(topic.eval("ArnLike", KEY, "arn:aws:sns:*:123456789012:*")).isTrue();
        assertThat(topic.eval("ArnEquals", KEY, "arn:aws:sns:*:123456789012:*")).isTrue();
        assertThat(topic.eval("ArnLike", KEY, "arn:aws:sns:us-east-?:123456789012:my-topic")).isTrue();
        assertThat(topic.eval("ArnLike", KEY, "arn:aws:sqs:*:123456789012:*")).isFalse();
        assertThat(topic.eval("ArnNotLike", KEY, "arn:aws:sqs:*:*:*")).isTrue();
        assertThat(topic.eval("ArnNotEquals", KEY, "arn:aws:sns:*:*:*")).isFalse();
    }

    @Test
    void arnLikeWhenWildcardWouldSpanComponentsThenFalse() {
        assertThat(with(KEY, "arn:aws:sns:us-east-1:123456789012:t").eval("ArnLike", KEY, "arn:aws:*:t:*:*"))
                .isFalse();
        assertThat(with(KEY, "arn:aws:s3:::bucket/a:b").eval("ArnLike", KEY, "arn:aws:s3:::bucket/*")).isTrue();
    }

    @Test
    void arnLikeWhenCaseDiffersThenFalse() {
        assertThat(with(KEY, "arn:aws:iam::123456789012:user/Bob").eval("ArnLike", KEY,
                "arn:aws:iam::123456789012:user/bob")).isFalse();
    }

    @Test
    void arnLikeWhenRequestValueNotAnArnThenFalse() {
        assertThat(with(KEY, "my-topic").eval("ArnLike", KEY, "arn:aws:sns:*:*:*")).isFalse();
        assertThat(with(KEY, "my-topic").eval("ArnNotLike", KEY, "arn:aws:sns:*:*:*")).isTrue();
        assertThat(empty().eval("ArnNotLike", KEY, "arn:aws:sns:*:*:*")).isTrue();
    }

    @Test
    void arnEqualsWhenPolicyVariableThenReplaced() {
        TestContext context = with(KEY, "arn:aws:iam::123456789012:user/alice").and("aws:username", "alice");
        assertThat(context.eval("ArnEquals", KEY, "arn:aws:iam::123456789012:user/${aws:username}")).isTrue();
        TestContext account = with(KEY, "arn:aws:iam::123456789012:user/alice")
                .and("aws:PrincipalAccount", "123456789012");
        assertThat(account.eval("ArnLike", KEY, "arn:aws:iam::${aws:PrincipalAccount}:user/*")).isTrue();
    }

    @Test
    void compileWhenValueNotAnArnThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("ArnLike", KEY, List.of("arn:aws:sns"), true))
                .hasMessage("\"arn:aws:sns\" is not an ARN");
    }
}
