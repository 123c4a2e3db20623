package io.gatehouse.org;

/**
 * ARNs of organization resources, all in the management account's name as AWS writes them, e.g.
 * {@code arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-ab12-cdefgh34}.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html#awsorganizations-resources-for-iam-policies">Organizations resource types</a>
 */
public final class OrgArns {

    private static final String PREFIX = "arn:aws:organizations::";

    private OrgArns() {
    }

    public static String organization(String managementAccountId, String orgId) {
        return PREFIX + managementAccountId + ":organization/" + orgId;
    }

    public static String root(String managementAccountId, String orgId, String rootId) {
        return PREFIX + managementAccountId + ":root/" + orgId + "/" + rootId;
    }

    public static String unit(String managementAccountId, String orgId, String ouId) {
        return PREFIX + managementAccountId + ":ou/" + orgId + "/" + ouId;
    }

    public static String account(String managementAccountId, String orgId, String accountId) {
        return PREFIX + managementAccountId + ":account/" + orgId + "/" + accountId;
    }

    public static String policy(String managementAccountId, String orgId, String policyId) {
        return PREFIX + managementAccountId + ":policy/" + orgId + "/service_control_policy/" + policyId;
    }

    public static String awsManagedPolicy(String policyId) {
        return PREFIX + "aws:policy/service_control_policy/" + policyId;
    }
}
