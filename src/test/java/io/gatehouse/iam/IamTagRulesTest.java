package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamTagRulesTest {

    @Test
    void mergeWhenKeyDiffersOnlyInCaseThenReplaced() {
        assertThat(IamTagRules.merge(Map.of("Env", "dev", "team", "a"), Map.of("ENV", "prod")))
                .containsExactly(Map.entry("ENV", "prod"), Map.entry("team", "a"));
    }

    @Test
    void mergeWhenFiftyOneThenLimitExceeded() {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "");
        }
        assertThatThrownBy(() -> IamTagRules.merge(Map.of(), tags)).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(IamError.LIMIT_EXCEEDED));
    }

    @Test
    void mergeWhenInvalidKeyOrValueThenRejected() {
        assertThatThrownBy(() -> IamTagRules.merge(Map.of(), Map.of("aws:x", "v")))
                .isInstanceOfSatisfying(GatehouseException.class, e -> assertThat(e.code()).isEqualTo(IamError.INVALID_INPUT));
        assertThatThrownBy(() -> IamTagRules.merge(Map.of(), Map.of("a", "b", "A", "c")))
                .isInstanceOfSatisfying(GatehouseException.class, e -> assertThat(e.code()).isEqualTo(IamError.INVALID_INPUT));
        assertThatThrownBy(() -> IamTagRules.merge(Map.of(), Map.of("k", "v".repeat(257))))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(IamError.VALIDATION_ERROR));
        assertThatThrownBy(() -> IamTagRules.merge(Map.of(), Map.of("bad*key", "v")))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(IamError.VALIDATION_ERROR));
    }

    @Test
    void removeWhenKeysInOtherCaseThenRemovedAndUnknownIgnored() {
        assertThat(IamTagRules.remove(Map.of("Env", "dev", "team", "a"), List.of("env", "missing")))
                .containsExactly(Map.entry("team", "a"));
    }
}
