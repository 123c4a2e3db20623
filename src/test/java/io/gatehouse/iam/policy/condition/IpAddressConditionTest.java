package io.gatehouse.iam.policy.condition;

import static io.gatehouse.iam.policy.condition.TestContext.empty;
import static io.gatehouse.iam.policy.condition.TestContext.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressConditionTest {

    private static final String KEY = "aws:SourceIp";

    @Test
    void ipAddressWhenInsideIpv4BlockThenTrue() {
        assertThat(with(KEY, "203.0.113.77").eval("IpAddress", KEY, "203.0.113.0/24")).isTrue();
        assertThat(with(KEY, "203.0.114.1").eval("IpAddress", KEY, "203.0.113.0/24")).isFalse();
        assertThat(with(KEY, "203.0.114.1").eval("IpAddress", KEY, "203.0.113.0/24", "203.0.114.1")).isTrue();
        assertThat(with(KEY, "10.1.2.3").eval("IpAddress", KEY, "0.0.0.0/0")).isTrue();
    }

    @Test
    void ipAddressWhenInsideIpv6BlockThenTrue() {
        assertThat(with(KEY, "2001:db8:85a3::8a2e:370:7334").eval("IpAddress", KEY, "2001:db8::/32")).isTrue();
        assertThat(with(KEY, "2001:db9::1").eval("IpAddress", KEY, "2001:db8::/32")).isFalse();
        assertThat(with(KEY, "::1").eval("IpAddress", KEY, "::1")).isTrue();
        assertThat(with(KEY, "::ffff:192.0.2.1").eval("IpAddress", KEY, "::ffff:192.0.2.0/120")).isTrue();
    }

    @Test
    void ipAddressWhenFamiliesDifferThenFalse() {
        assertThat(with(KEY, "192.0.2.1").eval("IpAddress", KEY, "::/0")).isFalse();
    }

    @Test
    void notIpAddressWhenOutsideOrMissingThenTrue() {
        assertThat(with(KEY, "198.51.100.1").eval("NotIpAddress", KEY, "203.0.113.0/24")).isTrue();
        assertThat(with(KEY, "203.0.113.9").eval("NotIpAddress", KEY, "203.0.113.0/24")).isFalse();
        assertThat(empty().eval("NotIpAddress", KEY, "203.0.113.0/24")).isTrue();
    }

    @Test
    void ipAddressWhenRequestValueNotAnAddressThenFalse() {
        assertThat(with(KEY, "localhost").eval("IpAddress", KEY, "0.0.0.0/0")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/33", "256.0.0.1", "1.2.3", "1.2.3.4/", "2001:db8::/129", "1::2::3",
        "2001:db8:0:0:0:0:0:0:1", "example.com", "1.2.3.4/2a"})
    void compileWhenNotACidrThenRejected(String value) {
        assertThatThrownBy(() -> ConditionOperators.compile("IpAddress", KEY, List.of(value), true))
                .hasMessage("\"" + value + "\" is not an IP address or CIDR block");
    }
}
