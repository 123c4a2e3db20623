package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ForAllValues / ForAnyValue over multivalued keys, and the operator registry's names. */
class SetQualifierTest {

    private static final String TAG_KEYS = "aws:TagKeys";

    @Test
    void forAllValuesWhenEveryValueAllowedThenTrue() {
        assertThat(with(TAG_KEYS, "env", "team").eval("ForAllValues:StringEquals", TAG_KEYS, "env", "team", "cost"))
                .isTrue();
        assertThat(with(TAG_KEYS, "env", "owner").eval("ForAllValues:StringEquals", TAG_KEYS, "env", "team"))
                .isFalse();
    }

    @Test
    void forAllValuesWhenKeyMissingThenTrue() {
        assertThat(empty().eval("ForAllValues:StringEquals", TAG_KEYS, "env")).isTrue();
    }

    @Test
    void forAnyValueWhenOneValueMatchesThenTrue() {
        assertThat(with(TAG_KEYS, "env", "owner").eval("ForAnyValue:StringEquals", TAG_KEYS, "owner")).isTrue();
        assertThat(with(TAG_KEYS, "env", "team").eval("ForAnyValue:StringEquals", TAG_KEYS, "owner")).isFalse();
    }

    @Test
    void forAnyValueWhenKeyMissingThenFalseEvenNegated() {
        assertThat(empty().eval("ForAnyValue:StringEquals", TAG_KEYS, "env")).isFalse();
        assertThat(empty().eval("ForAnyValue:StringNotEquals", TAG_KEYS, "env")).isFalse();
    }

    @Test
    void forAllValuesWhenNegatedThenNoValueMayMatch() {
        assertThat(with(TAG_KEYS, "env", "team").eval("ForAllValues:StringNotEquals", TAG_KEYS, "owner")).isTrue();
        assertThat(with(TAG_KEYS, "env", "owner").eval("ForAllValues:StringNotEquals", TAG_KEYS, "owner")).isFalse();
        assertThat(with(TAG_KEYS, "env", "owner").eval("ForAnyValue:StringNotEquals", TAG_KEYS, "owner")).isTrue();
    }

    @Test
    void qualifierWhenIfExistsAndKeyMissingThenTrue() {
        assertThat(empty().eval("ForAnyValue:StringLikeIfExists", TAG_KEYS, "env*")).isTrue();
    }

    @Test
    void unqualifiedWhenMultivaluedKeyThenAnyValueCounts() {
        assertThat(with(TAG_KEYS, "env", "team").eval("StringEquals", TAG_KEYS, "team")).isTrue();
        assertThat(with(TAG_KEYS, "env", "team").eval("StringNotEquals", TAG_KEYS, "team")).isFalse();
    }

    @Test
    void isKnownWhenEveryOperatorNameThenTrue() {
        String[] names = {"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
            "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan",
            "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals",
            "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals",
            "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"};
        for (String name : names) {
            assertThat(ConditionOperators.isKnown(name)).as(name).isTrue();
            assertThat(ConditionOperators.isKnown(name + "IfExists")).as(name).isTrue();
            assertThat(ConditionOperators.isKnown("ForAllValues:" + name)).as(name).isTrue();
            assertThat(ConditionOperators.isKnown("ForAnyValue:" + name + "IfExists")).as(name).isTrue();
        }
        assertThat(ConditionOperators.isKnown("StringEqualz")).isFalse();
        assertThat(ConditionOperators.isKnown("stringequals")).isFalse();
        assertThat(ConditionOperators.isKnown("ForSomeValues:StringEquals")).isFalse();
    }
}
