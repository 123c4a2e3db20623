package io.gatehouse.iam;

import java.time.Instant;

/**
 * An access key of the root user ({@code userId} null) or of an IAM user, without its secret, and
 * when and where it last signed a request (null until it has).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyMetadata.html">AccessKeyMetadata</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html">AccessKeyLastUsed</a>
 */
public record IamAccessKey(String accessKeyId, String accountId, String userId, String principalArn,
                           AccessKeyStatus status, Instant createdAt, Instant lastUsedAt, String lastUsedService,
                           String lastUsedRegion) {

    /** The user name the key belongs to, or null for the root user's keys. */
    public String userName() {
        return IamArns.userName(accountId, principalArn);
    }
}
