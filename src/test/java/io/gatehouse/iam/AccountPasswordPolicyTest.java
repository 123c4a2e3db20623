package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import org.junit.jupiter.api.Test;

class AccountPasswordPolicyTest {

    @Test
    void fromUpdateWhenFieldsAbsentThenAwsDefaults() {
        AccountPasswordPolicy policy = AccountPasswordPolicy.fromUpdate(null, null, null, null, null, null, null, null, null);
        assertThat(policy.minimumPasswordLength()).isEqualTo(6);
        assertThat(policy.requireSymbols()).isFalse();
        assertThat(policy.allowUsersToChangePassword()).isFalse();
        assertThat(policy.expirePasswords()).isFalse();
        assertThat(policy.maxPasswordAge()).isNull();
        assertThat(policy.passwordReusePrevention()).isNull();
        assertThat(policy.hardExpiry()).isNull();
    }

    @Test
    void constructorWhenOutOfBoundsThenValidationError() {
        assertValidation(() -> AccountPasswordPolicy.fromUpdate(5, null, null, null, null, null, null, null, null));
        assertValidation(() -> AccountPasswordPolicy.fromUpdate(129, null, null, null, null, null, null, null, null));
        assertValidation(() -> AccountPasswordPolicy.fromUpdate(null, null, null, null, null, null, 0, null, null));
        assertValidation(() -> AccountPasswordPolicy.fromUpdate(null, null, null, null, null, null, 1096, null, null));
        assertValidation(() -> AccountPasswordPolicy.fromUpdate(null, null, null, null, null, null, null, 25, null));
    }

    @Test
    void checkWhenEveryRuleRequiredThenEachEnforced() {
        AccountPasswordPolicy policy = AccountPasswordPolicy.fromUpdate(8, true, true, true, true, null, null, null, null);
        assertThatCode(() -> policy.check("Abcdef1!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Abcdef1'")).doesNotThrowAnyException();
        for (String weak : new String[] {"Abcde1!", "Abcdefg1", "Abcdefg!", "abcdef1!", "ABCDEF1!"}) {
            assertThatThrownBy(() -> policy.check(weak)).isInstanceOfSatisfying(GatehouseException.class,
                    e -> assertThat(e.code()).isEqualTo(IamError.PASSWORD_POLICY_VIOLATION));
        }
    }

    private static void assertValidation(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(IamError.VALIDATION_ERROR));
    }
}
