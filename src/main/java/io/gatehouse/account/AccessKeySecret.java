package io.gatehouse.account;

/** An active access key with its plaintext secret, held only in memory while verifying signatures. */
public record AccessKeySecret(String accessKeyId, String accountId, String principalArn, String secretAccessKey) {

    @Override
    public String toString() {
        return "AccessKeySecret[" + accessKeyId + ", " + principalArn + "]";
    }
}
