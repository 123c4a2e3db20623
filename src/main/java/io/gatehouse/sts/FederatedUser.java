package io.gatehouse.sts;

import java.util.Objects;

/**
 * A new federated user session (GetFederationToken): its credentials, its ARN
 * ({@code arn:aws:sts::<acct>:federated-user/<name>}), its id ({@code <acct>:<name>}, also its
 * {@code aws:userid}) and how much of the packed allowance its session policies and tags use.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_FederatedUser.html">FederatedUser</a>
 */
public record FederatedUser(TemporaryCredentials credentials, String arn, String federatedUserId,
                            int packedPolicySize) {

    public FederatedUser {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(federatedUserId, "federatedUserId");
    }
}
