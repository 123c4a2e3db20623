package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryConditionTest {

    @Test
    void binaryEqualsWhenSameBytesThenTrue() {
        assertThat(with("k:bin", "QmluYXJ5VmFsdWU=").eval("BinaryEquals", "k:bin", "QmluYXJ5VmFsdWU=")).isTrue();
        assertThat(with("k:bin", "T3RoZXI=").eval("BinaryEquals", "k:bin", "QmluYXJ5VmFsdWU=")).isFalse();
        assertThat(with("k:bin", "not base64!").eval("BinaryEquals", "k:bin", "QmluYXJ5VmFsdWU=")).isFalse();
    }

    @Test
    void compileWhenValueNotBase64ThenRejected() {
        assertThatThrownBy(() -> ConditionOperators.compile("BinaryEquals", "k:bin", List.of("%%%"), true))
                .hasMessage("\"%%%\" is not base64");
    }
}
