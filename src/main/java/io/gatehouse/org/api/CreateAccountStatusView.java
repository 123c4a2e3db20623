package io.gatehouse.org.api;

import io.gatehouse.org.CreateAccountStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CreateAccount request and its outcome; Gatehouse completes it within the request. */
@Schema(name = "CreateAccountStatus")
public record CreateAccountStatusView(
        @Schema(example = "car-0123456789abcdef0123456789abcdef") String id,
        String accountName,
        @Schema(example = "SUCCEEDED") String state,
        String accountId,
        String failureReason,
        Instant requestedAt,
        Instant completedAt) {

    static CreateAccountStatusView of(CreateAccountStatus s) {
        return new CreateAccountStatusView(s.id(), s.accountName(), s.state(), s.accountId(), s.failureReason(),
                s.requestedAt(), s.completedAt());
    }
}
