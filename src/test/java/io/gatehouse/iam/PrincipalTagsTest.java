package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipalTagsTest {

    @Test
    void mergeWhenKeyDiffersOnlyInCaseThenReplaced() {
        Map<String, String> merged = PrincipalTags.merge(Map.of("Team", "a", "env", "dev"), Map.of("team", "b"));
        assertThat(merged).containsExactlyInAnyOrderEntriesOf(Map.of("team", "b", "env", "dev"));
    }

    @Test
    void mergeWhenMoreThanFiftyInAllThenLimitExceeded() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        assertThatThrownBy(() -> PrincipalTags.merge(fifty, Map.of("new", "v")))
                .isInstanceOfSatisfying(GatehouseException.class, e -> assertThat(e.code()).isEqualTo(IamError.LIMIT_EXCEEDED));
        assertThat(PrincipalTags.merge(fifty, Map.of("k1", "changed"))).hasSize(50).containsEntry("k1", "changed");
    }

    @Test
    void ofWhenKeyOrValueBreaksTheRulesThenRejected() {
        assertCode(() -> PrincipalTags.of(Map.of("aws:owner", "x")), IamError.INVALID_INPUT);
        assertCode(() -> PrincipalTags.of(Map.of("", "x")), IamError.VALIDATION_ERROR);
        assertCode(() -> PrincipalTags.of(Map.of("k".repeat(129), "x")), IamError.VALIDATION_ERROR);
        assertCode(() -> PrincipalTags.of(Map.of("k", "v".repeat(257))), IamError.VALIDATION_ERROR);
        assertCode(() -> PrincipalTags.of(Map.of("k", "semi;colon")), IamError.VALIDATION_ERROR);
        assertThat(PrincipalTags.of(Map.of("cost center", "a/b:c=d+e-f@g_h.i"))).hasSize(1);
        assertThat(PrincipalTags.of(null)).isEmpty();
    }

    @Test
    void removeWhenKeysInAnyCaseThenRemovedAndUnknownIgnored() {
        assertThat(PrincipalTags.remove(Map.of("Team", "a", "env", "dev"), List.of("TEAM", "missing")))
                .containsExactlyEntriesOf(Map.of("env", "dev"));
    }

    private static void assertCode(Runnable call, IamError code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
