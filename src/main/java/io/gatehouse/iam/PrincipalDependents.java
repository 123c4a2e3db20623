package io.gatehouse.iam;

/**
 * Counts what still hangs off a user or group, so deleting it can fail with {@code DeleteConflict}
 * as IAM does instead of leaving rows behind: inline and attached policies (owned by the policy
 * part of IAM, counted here over its tables), group members, a user's groups.
 */
public interface PrincipalDependents {

    /** Inline plus attached policies of a principal; {@code principalType} is {@code user}, {@code group} or {@code role}. */
    long policies(String principalType, String principalId);

    long roles(String accountId);

    long managedPolicies(String accountId);

    long policyVersionsInUse(String accountId);
}
