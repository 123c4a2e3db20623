package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericConditionTest {

    private static final String KEY = "s3:max-keys";

    @Test
    void numericComparisonsWhenValuesThenCompareAsDecimals() {
        TestContext ten = with(KEY, "10");
        assertThat(ten.eval("NumericEquals", KEY, "10.0")).isTrue();
        assertThat(ten.eval("NumericNotEquals", KEY, "10")).isFalse();
        assertThat(ten.eval("NumericNotEquals", KEY, "11")).isTrue();
        assertThat(ten.eval("NumericLessThan", KEY, "11")).isTrue();
        assertThat(ten.eval("NumericLessThan", KEY, "10")).isFalse();
        assertThat(ten.eval("NumericLessThanEquals", KEY, "10")).isTrue();
        assertThat(ten.eval("NumericGreaterThan", KEY, "9.5")).isTrue();
        assertThat(ten.eval("NumericGreaterThan", KEY, "10")).isFalse();
        assertThat(ten.eval("NumericGreaterThanEquals", KEY, "10")).isTrue();
        assertThat(ten.eval("NumericGreaterThanEquals", KEY, "-3", "20")).isTrue();
    }

    @Test
    void numericWhenRequestValueNotANumberThenNoComparisonHolds() {
        assertThat(with(KEY, "ten").eval("NumericEquals", KEY, "10")).isFalse();
        assertThat(with(KEY, "ten").eval("NumericLessThan", KEY, "10")).isFalse();
    }

    @Test
    void numericWhenKeyMissingThenPositiveFalseNegatedTrue() {
        assertThat(empty().eval("NumericLessThan", KEY, "10")).isFalse();
        assertThat(empty().eval("NumericNotEquals", KEY, "10")).isTrue();
        assertThat(empty().eval("NumericLessThanIfExists", KEY, "10")).isTrue();
    }

    @Test
    void compileWhenPolicyValueNotANumberThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("NumericLessThan", KEY, List.of("abc"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"abc\" is not a number");
    }
}
