package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyArnsTest {

    @Test
    void parseWhenCustomerArnWithPathThenPartsAndRoundTrip() {
        PolicyArns.Parts parts = PolicyArns.parse("arn:aws:iam::123456789012:policy/team/a/ReadIam").orElseThrow();

        assertThat(parts).isEqualTo(new PolicyArns.Parts("123456789012", "/team/a/", "ReadIam"));
        assertThat(PolicyArns.of(parts.accountId(), parts.path(), parts.name()))
                .isEqualTo("arn:aws:iam::123456789012:policy/team/a/ReadIam");
    }

    @Test
    void parseWhenAwsManagedThenAccountAws() {
        assertThat(PolicyArns.parse("arn:aws:iam::aws:policy/AdministratorAccess"))
                .contains(new PolicyArns.Parts("aws", "/", "AdministratorAccess"));
    }

    @Test
    void parseWhenNotAPolicyArnThenEmpty() {
        assertThat(PolicyArns.parse("arn:aws:iam::123456789012:role/Admin")).isEmpty();
        assertThat(PolicyArns.parse("arn:aws:iam::123456789012:policy/")).isEmpty();
        assertThat(PolicyArns.parse("arn:aws:s3:::bucket")).isEmpty();
        assertThat(PolicyArns.parse(null)).isEmpty();
    }
}
