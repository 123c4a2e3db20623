package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateConditionTest {

    private static final String KEY = "aws:CurrentTime";

    @Test
    void dateComparisonsWhenIsoValuesThenCompareInstants() {
        TestContext now = with(KEY, "2026-06-01T12:00:00Z");
        assertThat(now.eval("DateGreaterThan", KEY, "2026-01-01T00:00:00Z")).isTrue();
        assertThat(now.eval("DateLessThan", KEY, "2026-01-01")).isFalse();
        assertThat(now.eval("DateLessThan", KEY, "2027-01-01")).isTrue();
        assertThat(now.eval("DateEquals", KEY, "2026-06-01T14:00:00+02:00")).isTrue();
        assertThat(now.eval("DateNotEquals", KEY, "2026-06-01T14:00:00+02:00")).isFalse();
        assertThat(now.eval("DateLessThanEquals", KEY, "2026-06-01T12:00:00")).isTrue();
        assertThat(now.eval("DateGreaterThanEquals", KEY, "2026-06-01T12:00:01Z")).isFalse();
    }

    @Test
    void dateWhenEpochSecondsThenSameAsIso() {
        assertThat(with("aws:EpochTime", "1780315200").eval("DateEquals", "aws:EpochTime", "2026-06-01T12:00:00Z"))
                .isTrue();
        assertThat(with(KEY, "2026-06-01T12:00:00Z").eval("DateLessThan", KEY, "1780315201")).isTrue();
    }

    @Test
    void dateWhenFractionalSecondsThenMillisecondsCompared() {
        TestContext now = with(KEY, "2026-06-01T12:00:00.250Z");
        assertThat(now.eval("DateGreaterThan", KEY, "2026-06-01T12:00:00.249Z")).isTrue();
        assertThat(now.eval("DateEquals", KEY, "2026-06-01T12:00:00.25Z")).isTrue();
        assertThat(with(KEY, "2026-02-30T00:00:00Z").eval("DateLessThan", KEY, "2027-01-01")).isFalse();
    }

    @Test
    void dateWhenRequestValueNotADateThenFalse() {
        assertThat(with(KEY, "yesterday").eval("DateLessThan", KEY, "2027-01-01")).isFalse();
    }

    @Test
    void compileWhenPolicyValueNotADateThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("DateLessThan", KEY, List.of("2026-13-45"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2026-13-45\" is not a date (ISO 8601 or epoch seconds)");
    }
}
