package io.gatehouse.iam;

import java.time.Instant;

/**
 * An IAM group, e.g. {@code admins} with id {@code AGPA...} and path {@code /}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Group.html">Group</a>
 */
public record IamGroup(String id, String accountId, String name, String path, Instant createdAt) {

    public String arn() {
        return IamArns.group(accountId, path, name);
    }
}
