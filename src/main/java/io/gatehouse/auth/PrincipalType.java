package io.gatehouse.auth;

/** The kinds of AWS principal a signed request can come from. */
public enum PrincipalType {
    /** The account's root user: {@code arn:aws:iam::<acct>:root}. */
    ROOT,
    /** An IAM user: {@code arn:aws:iam::<acct>:user/<path><name>}. */
    USER,
    /** A session of an assumed role: {@code arn:aws:sts::<acct>:assumed-role/<role>/<session>}. */
    ASSUMED_ROLE,
    /** A federated user from GetFederationToken: {@code arn:aws:sts::<acct>:federated-user/<name>}. */
    FEDERATED_USER
}
