package io.gatehouse.iam;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A managed policy: a customer managed one of an account, or a Gatehouse-managed one (account
 * {@value #AWS_ACCOUNT}, ARN {@code arn:aws:iam::aws:policy/…}). The usage counts are those of the
 * account that asked.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html">Policy</a>
 */
public record ManagedPolicy(String id, String accountId, String name, String path, String description,
                            int defaultVersion, int attachmentCount, int boundaryUsageCount,
                            Map<String, String> tags, Instant createdAt, Instant updatedAt) {

    /** The account part of Gatehouse-managed policies' ARNs. */
    public static final String AWS_ACCOUNT = "aws";

    public ManagedPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        tags = Map.copyOf(tags);
    }

    public String arn() {
        return PolicyArns.of(accountId, path, name);
    }

    public boolean awsManaged() {
        return AWS_ACCOUNT.equals(accountId);
    }

    public String defaultVersionId() {
        return "v" + defaultVersion;
    }

    public ManagedPolicy withUsage(int attachments, int boundaryUses) {
        return new ManagedPolicy(id, accountId, name, path, description, defaultVersion, attachments, boundaryUses,
                tags, createdAt, updatedAt);
    }

    public ManagedPolicy withDefaultVersion(int version, Instant at) {
        return new ManagedPolicy(id, accountId, name, path, description, version, attachmentCount, boundaryUsageCount,
                tags, createdAt, at);
    }

    public ManagedPolicy withTags(Map<String, String> value) {
        return new ManagedPolicy(id, accountId, name, path, description, defaultVersion, attachmentCount,
                boundaryUsageCount, value, createdAt, updatedAt);
    }
}
