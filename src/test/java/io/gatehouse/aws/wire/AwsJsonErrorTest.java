package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Failure;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import org.junit.jupiter.api.Test;

/** The AWS JSON error envelope, without a server. */
class AwsJsonErrorTest {

    @Test
    void ofWhenDomainClientErrorThenNameMessageAnd400() {
        AwsJsonError error = AwsJsonError.of(new GatehouseException(UserPoolError.USER_NOT_FOUND, "User does not exist"));

        assertThat(error).isEqualTo(new AwsJsonError("UserNotFoundException", "User does not exist", 400));
        assertThat(error.toJson().toString())
                .isEqualTo("{\"__type\":\"UserNotFoundException\",\"message\":\"User does not exist\"}");
    }

    @Test
    void ofWhenConflictStatusThenStill400AsCognito() {
        assertThat(AwsJsonError.of(new GatehouseException(UserPoolError.GROUP_EXISTS, "x")).status()).isEqualTo(400);
        assertThat(AwsJsonError.of(new GatehouseException(UserPoolError.NOT_AUTHORIZED, "x")).status()).isEqualTo(400);
    }

    @Test
    void ofWhenSigV4FailuresThenJsonServiceNames() {
        assertThat(AwsJsonError.of(new SigV4Exception(SigV4Failure.MISSING_AUTHENTICATION, "m")).type())
                .isEqualTo("MissingAuthenticationTokenException");
        assertThat(AwsJsonError.of(new SigV4Exception(SigV4Failure.UNKNOWN_ACCESS_KEY, "m")).type())
                .isEqualTo("UnrecognizedClientException");
        assertThat(AwsJsonError.of(new SigV4Exception(SigV4Failure.SIGNATURE_MISMATCH, "m")).type())
                .isEqualTo("InvalidSignatureException");
        AwsJsonError expired = AwsJsonError.of(new SigV4Exception(SigV4Failure.REQUEST_EXPIRED, "Signature expired: x"));
        assertThat(expired.type()).isEqualTo("InvalidSignatureException");
        assertThat(expired.status()).isEqualTo(400);
        assertThat(AwsJsonError.of(new SigV4Exception(SigV4Failure.MALFORMED_AUTHORIZATION, "m")).type())
                .isEqualTo("IncompleteSignatureException");
    }

    @Test
    void ofWhenInternalOrTooLargeThenStatusKept() {
        assertThat(AwsJsonError.of(WireError.INTERNAL_ERROR, "x").status()).isEqualTo(500);
        assertThat(AwsJsonError.of(WireError.REQUEST_TOO_LARGE, "x").status()).isEqualTo(413);
    }

    @Test
    void toJsonWhenNoMessageThenOnlyType() {
        assertThat(AwsJsonError.of(WireError.UNKNOWN_OPERATION, null).toJson().toString())
                .isEqualTo("{\"__type\":\"UnknownOperationException\"}");
    }

    @Test
    void parseWhenWrittenThenSameError() throws Exception {
        AwsJsonError error = new AwsJsonError("ResourceNotFoundException", "User pool x does not exist", 400);

        assertThat(AwsJsonError.parse(JsonMapper.builder().build().readTree(AwsJson.bytes(error.toJson())), 400))
                .isEqualTo(error);
    }

    @Test
    void parseWhenCoralPrefixAndCapitalMessageThenBareName() throws Exception {
        var body = JsonMapper.builder().build().readTree(
                "{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\",\"Message\":\"bad\"}");

        assertThat(AwsJsonError.parse(body, 400)).isEqualTo(new AwsJsonError("UnrecognizedClientException", "bad", 400));
    }
}
