package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NullConditionTest {

    private static final String KEY = "aws:TokenIssueTime";

    @Test
    void nullTrueWhenKeyAbsentThenTrue() {
        assertThat(empty().eval("Null", KEY, "true")).isTrue();
        assertThat(with(KEY, "2026-01-01T00:00:00Z").eval("Null", KEY, "true")).isFalse();
    }

    @Test
    void nullFalseWhenKeyPresentThenTrue() {
        assertThat(with(KEY, "2026-01-01T00:00:00Z").eval("Null", KEY, "false")).isTrue();
        assertThat(empty().eval("Null", KEY, "false")).isFalse();
    }

    @Test
    void isKnownWhenNullWithIfExistsOrQualifierThenFalse() {
        assertThat(ConditionOperators.isKnown("Null")).isTrue();
        assertThat(ConditionOperators.isKnown("NullIfExists")).isFalse();
        assertThat(ConditionOperators.isKnown("ForAnyValue:Null")).isFalse();
    }

    @Test
    void compileWhenValueNotBooleanThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("Null", KEY, List.of("absent"), true))
                .hasMessage("\"absent\" is not true or false");
    }
}
