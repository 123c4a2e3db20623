package io.gatehouse.account;

/**
 * An active access key with its plaintext secret, held only in memory while verifying signatures.
 * {@code userId} is the IAM user's unique id, null for a key of the root user.
 */
public record AccessKeySecret(String accessKeyId, String accountId, String principalArn, String userId,
                              String secretAccessKey) {

    @Override
    public String toString() {
        return "AccessKeySecret[" + accessKeyId + ", " + principalArn + "]";
    }
}
