package io.gatehouse.org;

import java.time.Instant;

/**
 * A CreateAccount request ({@code car-…}) and its outcome. Gatehouse creates the account in the
 * request itself, so a stored status is {@code SUCCEEDED} (or {@code FAILED} with a reason), never
 * {@code IN_PROGRESS}.
 */
public record CreateAccountStatus(String id, String orgId, String accountName, String accountId, String state,
                                  String failureReason, Instant requestedAt, Instant completedAt) {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
