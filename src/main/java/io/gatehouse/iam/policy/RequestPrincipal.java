package io.gatehouse.iam.policy;

import java.util.Objects;

/**
 * The principal making a request, as a Principal element matches it: {@code type} is the
 * Principal map key it can match under ({@code AWS}, {@code Federated}, {@code Service}),
 * {@code arn} its own ARN (for a role session {@code arn:aws:sts::<acct>:assumed-role/<role>/<session>}),
 * {@code accountId} its account, and {@code issuerArn} the ARN of what it stands for: the role of a
 * role session, the user itself, {@code arn:aws:iam::<acct>:root} for the root user, the identity
 * provider ARN or name for a federated principal. A Principal element naming an account matches
 * every principal of that account; naming a role matches its sessions through {@code issuerArn}.
 */
public record RequestPrincipal(String type, String arn, String accountId, String issuerArn) {

    public RequestPrincipal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arn, "arn");
    }
}
