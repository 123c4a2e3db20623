package io.gatehouse.org;

/**
 * CDI event fired synchronously inside the CreateAccount transaction once the member account
 * exists. IAM observes it to create {@code roleName} in the new account, trusting the management
 * account's root and carrying AdministratorAccess, as AWS does for
 * {@code OrganizationAccountAccessRole}; an observer that throws rolls the whole account back.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_create-cross-account-role.html">OrganizationAccountAccessRole</a>
 */
public record MemberAccountCreated(String accountId, String managementAccountId, String roleName) {
}
