package io.gatehouse.sts;

import java.util.Objects;

/**
 * A new role session: its credentials, its ARN ({@code arn:aws:sts::<acct>:assumed-role/<role>/<session>}),
 * its id ({@code AROA…:<session>}), how much of the session-policy and tag allowance it uses (percent,
 * AWS's {@code PackedPolicySize}), and its source identity (null when none).
 */
public record AssumedRole(TemporaryCredentials credentials, String arn, String assumedRoleId, int packedPolicySize,
                          String sourceIdentity) {

    public AssumedRole {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(assumedRoleId, "assumedRoleId");
    }
}
