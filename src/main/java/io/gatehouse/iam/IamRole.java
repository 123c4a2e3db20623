package io.gatehouse.iam;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An IAM role: an identity without long-term credentials that principals named in its trust policy
 * assume through STS. The trust policy is kept as the document the caller sent.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html">Role</a>
 */
public record IamRole(String id, String accountId, String name, String path, String description,
                      String trustPolicy, int maxSessionDuration, String permissionsBoundary,
                      Map<String, String> tags, Instant createdAt, Instant lastUsedAt) {

    public IamRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(trustPolicy, "trustPolicy");
        tags = Map.copyOf(tags);
    }

    /** {@code arn:aws:iam::123456789012:role/app/Deployer}. */
    public String arn() {
        return "arn:aws:iam::" + accountId + ":role" + path + name;
    }

    public IamRole withDescription(String value) {
        return new IamRole(id, accountId, name, path, value, trustPolicy, maxSessionDuration, permissionsBoundary,
                tags, createdAt, lastUsedAt);
    }

    public IamRole withMaxSessionDuration(int value) {
        return new IamRole(id, accountId, name, path, description, trustPolicy, value, permissionsBoundary, tags,
                createdAt, lastUsedAt);
    }

    public IamRole withTrustPolicy(String value) {
        return new IamRole(id, accountId, name, path, description, value, maxSessionDuration, permissionsBoundary,
                tags, createdAt, lastUsedAt);
    }

    public IamRole withTags(Map<String, String> value) {
        return new IamRole(id, accountId, name, path, description, trustPolicy, maxSessionDuration,
                permissionsBoundary, value, createdAt, lastUsedAt);
    }
}
