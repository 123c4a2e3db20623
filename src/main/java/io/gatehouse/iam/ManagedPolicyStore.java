package io.gatehouse.iam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of an account's customer managed policies and their versions. Usage counts are computed
 * from the attachments and permissions boundaries of the account's users, groups and roles.
 */
public interface ManagedPolicyStore {

    /** Inserts the policy with its first version. */
    void insert(ManagedPolicy policy, PolicyVersion first);

    /** Finds a policy by name, compared regardless of case, with its usage counts. */
    Optional<ManagedPolicy> find(String accountId, String name);

    Optional<ManagedPolicy> findById(String accountId, String policyId);

    /**
     * The account's policies whose path starts with {@code pathPrefix}, ordered by lower-cased name
     * after {@code afterKey}, at most {@code limit}; only attached ones when {@code onlyAttached}.
     */
    List<ManagedPolicy> list(String accountId, String pathPrefix, boolean onlyAttached, String afterKey, int limit);

    /** How many of the account's users, groups and roles have the policy attached, and use it as boundary. */
    Usage usage(String accountId, String policyArn);

    /** Locks the policy row until the transaction ends, so version counts and numbers stay consistent. */
    void lock(String policyId);

    List<PolicyVersion> versions(String policyId, int defaultVersion);

    /** Adds a version numbered {@code next_version} and returns it; bumps {@code next_version}. */
    PolicyVersion addVersion(String policyId, String document, Instant at);

    boolean deleteVersion(String policyId, int version);

    void setDefaultVersion(String policyId, int version, Instant at);

    void updateTags(ManagedPolicy policy);

    void delete(String policyId);

    record Usage(int attachments, int boundaryUses) {
    }
}
