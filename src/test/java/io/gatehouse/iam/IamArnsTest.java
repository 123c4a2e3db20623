package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IamArnsTest {

    @Test
    void userNameWhenUserArnOfTheAccountThenLastSegment() {
        assertThat(IamArns.userName("123456789012", IamArns.user("123456789012", "/a/b/", "alice"))).isEqualTo("alice");
        assertThat(IamArns.userName("123456789012", "arn:aws:iam::123456789012:user/bob")).isEqualTo("bob");
    }

    @Test
    void userNameWhenRootRoleSessionOrOtherAccountThenNull() {
        assertThat(IamArns.userName("123456789012", IamArns.root("123456789012"))).isNull();
        assertThat(IamArns.userName("123456789012", "arn:aws:sts::123456789012:assumed-role/R/s")).isNull();
        assertThat(IamArns.userName("123456789012", "arn:aws:iam::210987654321:user/bob")).isNull();
        assertThat(IamArns.userName("123456789012", null)).isNull();
    }

    @Test
    void mfaWhenPathGivenThenPathBetweenTypeAndName() {
        assertThat(IamArns.mfa("123456789012", "/team/", "phone")).isEqualTo("arn:aws:iam::123456789012:mfa/team/phone");
    }
}
