package io.gatehouse.iam;

import java.util.Optional;

/**
 * Looks up the policies that apply to an IAM user or role, compiled and cached (invalidated across
 * nodes when any of them changes). Empty when the principal no longer exists.
 */
public interface IdentityPolicySource {

    Optional<PrincipalPolicies> forUser(String accountId, String userName);

    Optional<PrincipalPolicies> forRole(String accountId, String roleName);
}
