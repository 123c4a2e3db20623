package io.gatehouse.org;

import java.util.List;
import java.util.Optional;

/**
 * Storage of service control policies and their attachments. An organization sees its own
 * policies and the AWS managed ones; attachments are always the organization's own.
 */
public interface PolicyStore {

    void insert(OrgPolicy policy);

    /** A policy of this organization or an AWS managed one. */
    Optional<OrgPolicy> find(String orgId, String policyId);

    /** True when the organization already has a policy of this type and name. */
    boolean nameTaken(String orgId, String type, String name, String exceptPolicyId);

    void update(OrgPolicy policy);

    void delete(String policyId);

    /** The organization's policies and the AWS managed ones, in id order. */
    List<OrgPolicy> policies(String orgId);

    /** Returns false when the policy was already attached to the target. */
    boolean attach(String orgId, String policyId, String targetId);

    /** Returns false when the policy was not attached to the target. */
    boolean detach(String orgId, String policyId, String targetId);

    /** Removes every attachment of the organization, as disabling SCPs does. */
    void detachAll(String orgId);

    /** Removes every attachment to a target that is going away. */
    void detachTarget(String orgId, String targetId);

    /** Every attachment of the organization. */
    List<Attachment> attachments(String orgId);

    record Attachment(String policyId, String targetId) {
    }
}
