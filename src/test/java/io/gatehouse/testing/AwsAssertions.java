package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Assertions on the errors the AWS SDK raises from Gatehouse's AWS JSON error envelope. */
public final class AwsAssertions {

    private AwsAssertions() {
    }

    /** The call fails with the AWS error {@code code} and HTTP {@code status}; returns the exception. */
    public static AwsServiceException assertAwsError(ThrowingCallable call, String code, int status) {
        AwsServiceException[] caught = new AwsServiceException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            caught[0] = e;
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.requestId()).isNotBlank();
        });
        return caught[0];
    }
}
