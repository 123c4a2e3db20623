package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the users, groups and roles that policies attach to, and keeps users' permissions
 * boundaries. Users and groups are administered elsewhere; this reads their tables only by id and
 * name, and writes only the {@code permissions_boundary} columns of users and roles.
 */
public interface PrincipalDirectory {

    /** Finds a principal by name, compared regardless of case. */
    Optional<PrincipalRef> find(String accountId, PrincipalType type, String name);

    /** Resolves the principal or fails with IAM's {@code NoSuchEntity}. */
    default PrincipalRef require(String accountId, PrincipalType type, String name) {
        IamInputRules.name(name, type.stored() + "Name", type == PrincipalType.GROUP ? 128 : 64);
        return find(accountId, type, name)
                .orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY, type.notFound(name)));
    }

    /**
     * Locks the principal's row until the transaction ends, so that concurrent changes to its
     * policies cannot together pass a quota that each checked alone.
     */
    void lock(PrincipalRef principal);

    /** The boundary policy ARN of a user or role, empty when none is set. */
    Optional<String> boundary(PrincipalRef userOrRole);

    void setBoundary(PrincipalRef userOrRole, String policyArn);

    /** The account's users, groups and roles with {@code policyArn} attached, by type then name. */
    List<PrincipalRef> attachedTo(String accountId, String policyArn);
}
