package io.gatehouse.iam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the access keys of the root user and IAM users, in the table the SigV4 lookup
 * ({@link io.gatehouse.account.AccessKeyLookup}) reads. Secrets are stored sealed under the master
 * key with the context the lookup opens them with; a change of status or principal must also
 * evict the key from every node's cache ({@link AccessKeyCache}).
 */
public interface AccessKeyStore {

    void insert(IamAccessKey key, byte[] sealedSecret);

    Optional<IamAccessKey> find(String accessKeyId);

    /** The user's keys, oldest first. */
    List<IamAccessKey> forUser(String userId);

    /** The root user's keys, oldest first. */
    List<IamAccessKey> forRoot(String accountId);

    void setStatus(String accessKeyId, AccessKeyStatus status);

    void delete(String accessKeyId);

    /** Rewrites the principal ARN of a renamed user's keys. */
    void changePrincipal(String userId, String principalArn);

    /** Records that the key signed a request: when, for which service and in which region. */
    void recordUse(String accessKeyId, Instant at, String service, String region);
}
