package io.gatehouse.authorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.RequestFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which condition keys a resource server may pass, and how the client's facts reach the engine. */
class ConditionContextTest {

    private static ConditionContext context(Map<String, List<String>> keys) {
        return new ConditionContext(keys);
    }

    @Test
    void contextWhenClientFactsThenFactsNotRequestKeys() {
        ConditionContext context = context(Map.of("aws:SourceIp", List.of("2001:db8::1"),
                "aws:UserAgent", List.of("curl/8"), "aws:SecureTransport", List.of("true"),
                "aws:Referer", List.of("https://shop.example.com/"), "orders:Channel", List.of("web", "app"),
                "aws:RequestTag/team", List.of("blue"), "aws:ResourceTag/owner", List.of("alice"),
                "aws:TagKeys", List.of("team")));

        assertThat(context.facts("us-east-1")).isEqualTo(new RequestFacts("2001:db8::1", "curl/8", true, "us-east-1"));
        assertThat(context.requestKeys()).containsOnlyKeys("aws:Referer", "orders:Channel", "aws:RequestTag/team",
                "aws:ResourceTag/owner", "aws:TagKeys");
    }

    @Test
    void contextWhenEmptyThenNoSourceIpAndInsecure() {
        assertThat(context(null).facts("eu-west-1")).isEqualTo(new RequestFacts(null, null, false, "eu-west-1"));
        assertThat(context(Map.of()).requestKeys()).isEmpty();
    }

    @Test
    void contextWhenGatehouseKeysOrMalformedThenRefused() {
        for (Map<String, List<String>> keys : List.<Map<String, List<String>>>of(
                Map.of("aws:PrincipalArn", List.of("x")),
                Map.of("aws:principalorgid", List.of("o-1")), Map.of("aws:MultiFactorAuthAge", List.of("1")),
                Map.of("aws:RequestedRegion", List.of("us-east-1")), Map.of("aws:userid", List.of("AIDA")),
                Map.of("aws:SourceIp", List.of("999.1.1.1")), Map.of("aws:SourceIp", List.of("host.example")),
                Map.of("aws:SourceIp", List.of("::g")), Map.of("aws:SecureTransport", List.of("TRUE")),
                Map.of("aws:UserAgent", List.of("a", "b")), Map.of("orders:Channel", List.of()),
                Map.of("orders Channel", List.of("x")), Map.of("orders:Channel", List.of("x".repeat(1025))),
                Map.of("orders:A", List.of("1"), "ORDERS:a", List.of("2")))) {
            assertThatThrownBy(() -> context(keys)).as(keys.toString()).isInstanceOf(GatehouseException.class)
                    .extracting(e -> ((GatehouseException) e).code().awsName()).isEqualTo("InvalidParameterException");
        }
    }
}
