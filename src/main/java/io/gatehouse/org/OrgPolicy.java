package io.gatehouse.org;

/**
 * A service control policy ({@code p-…}). AWS managed policies ({@code FullAWSAccess}) belong to
 * no organization ({@code orgId} null) and cannot be changed or deleted.
 */
public record OrgPolicy(String id, String orgId, String type, String name, String description, String content,
                        boolean awsManaged) {

    public static final String SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";
    public static final String FULL_AWS_ACCESS = "p-FullAWSAccess";

    /** The policy's ARN as seen from the organization managed by {@code managementAccountId}. */
    public String arn(String managementAccountId, String organizationId) {
        return awsManaged ? OrgArns.awsManagedPolicy(id) : OrgArns.policy(managementAccountId, organizationId, id);
    }
}
