package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoolConditionTest {

    private static final String KEY = "aws:SecureTransport";

    @Test
    void boolWhenValuesEqualIgnoringCaseThenTrue() {
        assertThat(with(KEY, "true").eval("Bool", KEY, "true")).isTrue();
        assertThat(with(KEY, "TRUE").eval("Bool", KEY, "true")).isTrue();
        assertThat(with(KEY, "false").eval("Bool", KEY, "true")).isFalse();
        assertThat(with(KEY, "yes").eval("Bool", KEY, "true")).isFalse();
    }

    @Test
    void boolWhenKeyMissingThenFalseUnlessIfExists() {
        assertThat(empty().eval("Bool", KEY, "false")).isFalse();
        assertThat(empty().eval("BoolIfExists", KEY, "false")).isTrue();
    }

    @Test
    void compileWhenValueNotBooleanThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("Bool", KEY, List.of("maybe"), true))
                .hasMessage("\"maybe\" is not true or false");
    }
}
