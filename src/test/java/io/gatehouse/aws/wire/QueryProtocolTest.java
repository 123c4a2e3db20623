package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.auth.CallerContext;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.aws.sts.Sts;
import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The protocol with operations of its own: an unsigned STS operation runs without authentication
 * even when a (bad) signature is sent, as AWS does, while a signed one with the same signature fails.
 */
@GatehouseTest
class QueryProtocolTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    @Inject
    RequestAuthenticator authenticator;
    @Inject
    CallerContext callers;

    @Test
    void dispatchWhenUnsignedOperationWithBadSignatureThenHandlerRunsWithoutCaller() {
        QueryProtocol protocol = protocolWith(Sts.operation("AssumeRoleWithWebIdentity",
                call -> QueryResult.of().add("Signed", call.signed()).add("Token", call.input().requiredString("WebIdentityToken"))));

        QueryResponse response = protocol.dispatch(request(
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&WebIdentityToken=a.b.c"));

        assertThat(response.action()).isEqualTo("AssumeRoleWithWebIdentity");
        assertThat(response.namespace()).isEqualTo(Sts.NAMESPACE);
        assertThat(new String(QueryXml.response(response.action(), response.namespace(), response.result(), "r"),
                StandardCharsets.UTF_8)).contains("<Signed>false</Signed><Token>a.b.c</Token>");
    }

    @Test
    void dispatchWhenSignedOperationWithBadSignatureThenRejectedBeforeHandler() {
        QueryProtocol protocol = protocolWith(Sts.operation("AssumeRole", call -> {
            throw new AssertionError("the handler must not run");
        }));

        assertThatThrownBy(() -> protocol.dispatch(request("Action=AssumeRole&Version=2011-06-15")))
                .isInstanceOf(SigV4Exception.class);
    }

    private QueryProtocol protocolWith(QueryOperation operation) {
        return new QueryProtocol(new QueryOperationRegistry(List.of(operation)), authenticator, callers);
    }

    private static SignedRequest request(String body) {
        return new SignedRequest("POST", "/", Map.of(), Map.of("Content-Type", List.of(FORM),
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=garbage"), "X-Amz-Date", List.of("20261128T000000Z")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
