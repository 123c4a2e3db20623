package io.gatehouse.account;

/**
 * Told each time an access key authenticates a request, so IAM can report when, for which service
 * and in which region it was last used (GetAccessKeyLastUsed). Implementations must return at
 * once and never fail: recording happens later, outside the request's transaction.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html">GetAccessKeyLastUsed</a>
 */
public interface AccessKeyUsage {

    void used(String accessKeyId, String service, String region);
}
