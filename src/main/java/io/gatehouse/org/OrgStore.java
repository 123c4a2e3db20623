package io.gatehouse.org;

import java.util.List;
import java.util.Optional;

/**
 * Storage of organizations, their root, OUs, member accounts and CreateAccount requests. Reads by
 * id are not scoped: callers check that what they read belongs to the caller's organization.
 * Deleting an organization removes everything in it.
 */
public interface OrgStore {

    void insertOrganization(Organization organization, Root root);

    Optional<Organization> findOrganization(String orgId);

    void deleteOrganization(String orgId);

    Root rootOf(String orgId);

    void enablePolicyType(String rootId, String policyType);

    void disablePolicyType(String rootId, String policyType);

    void insertUnit(OrganizationalUnit unit);

    Optional<OrganizationalUnit> findUnit(String ouId);

    void renameUnit(String ouId, String name);

    void deleteUnit(String ouId);

    /** Every OU of the organization, in id order. */
    List<OrganizationalUnit> units(String orgId);

    void insertMember(MemberAccount member);

    /** The membership of an account in any organization. */
    Optional<MemberAccount> findMember(String accountId);

    void moveMember(String accountId, String parentId);

    void deleteMember(String accountId);

    /** Every member account of the organization, in account id order. */
    List<MemberAccount> members(String orgId);

    void insertStatus(CreateAccountStatus status);

    Optional<CreateAccountStatus> findStatus(String requestId);

    /** Every CreateAccount request of the organization, in id order. */
    List<CreateAccountStatus> statuses(String orgId);
}
