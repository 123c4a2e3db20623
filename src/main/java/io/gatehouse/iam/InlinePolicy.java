package io.gatehouse.iam;

/**
 * An inline policy: a document embedded in one user, group or role.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html">GetRolePolicy</a>
 */
public record InlinePolicy(PrincipalType principalType, String principalName, String policyName, String document) {
}
