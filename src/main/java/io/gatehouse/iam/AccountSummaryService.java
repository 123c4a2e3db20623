package io.gatehouse.iam;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/**
 * GetAccountSummary: the account's IAM entity counts and quotas under AWS's map keys
 * ({@code Users}, {@code UsersQuota}, {@code AccessKeysPerUserQuota}...). Roles and policies are
 * counted over their tables directly.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html">GetAccountSummary</a>
 */
@ApplicationScoped
public class AccountSummaryService {

    private final IamUserStore users;
    private final IamGroupStore groups;
    private final MfaDeviceStore devices;
    private final AccessKeyStore keys;
    private final PrincipalDependents dependents;

    public AccountSummaryService(IamUserStore users, IamGroupStore groups, MfaDeviceStore devices, AccessKeyStore keys,
                                 PrincipalDependents dependents) {
        this.users = users;
        this.groups = groups;
        this.devices = devices;
        this.keys = keys;
        this.dependents = dependents;
    }

    public Map<String, Integer> summary(String accountId) {
        Map<String, Integer> map = new TreeMap<>();
        map.put("Users", (int) users.count(accountId));
        map.put("UsersQuota", IamUserService.USERS_QUOTA);
        map.put("Groups", (int) groups.count(accountId));
        map.put("GroupsQuota", IamGroupService.GROUPS_QUOTA);
        map.put("GroupsPerUserQuota", IamGroupService.GROUPS_PER_USER_QUOTA);
        map.put("Roles", (int) dependents.roles(accountId));
        map.put("RolesQuota", 1000);
        map.put("Policies", (int) dependents.managedPolicies(accountId));
        map.put("PoliciesQuota", 1500);
        map.put("PolicyVersionsInUse", (int) dependents.policyVersionsInUse(accountId));
        map.put("PolicyVersionsInUseQuota", 10000);
        map.put("VersionsPerPolicyQuota", 5);
        map.put("PolicySizeQuota", 6144);
        map.put("UserPolicySizeQuota", 2048);
        map.put("GroupPolicySizeQuota", 5120);
        map.put("RolePolicySizeQuota", 10240);
        map.put("AssumeRolePolicySizeQuota", 2048);
        map.put("AttachedPoliciesPerUserQuota", 10);
        map.put("AttachedPoliciesPerGroupQuota", 10);
        map.put("AttachedPoliciesPerRoleQuota", 10);
        map.put("AccessKeysPerUserQuota", AccessKeyService.KEYS_PER_USER_QUOTA);
        map.put("MFADevices", (int) devices.count(accountId, false));
        map.put("MFADevicesInUse", (int) devices.count(accountId, true));
        map.put("AccountMFAEnabled", devices.forRoot(accountId).isEmpty() ? 0 : 1);
        map.put("AccountAccessKeysPresent", keys.forRoot(accountId).isEmpty() ? 0 : 1);
        map.put("AccountSigningCertificatesPresent", 0);
        map.put("SigningCertificatesPerUserQuota", 2);
        map.put("ServerCertificates", 0);
        map.put("ServerCertificatesQuota", 20);
        map.put("InstanceProfiles", 0);
        map.put("InstanceProfilesQuota", 1000);
        map.put("Providers", 0);
        map.put("GlobalEndpointTokenVersion", 1);
        return map;
    }
}
