package io.gatehouse.org;

import io.gatehouse.iam.policy.Policy;
import java.util.List;
import java.util.Optional;

/**
 * The service control policies that limit an account: one list of compiled SCPs per level from the
 * organization root down through each OU to the account itself. Empty for an account outside any
 * organization, for the management account, and while SCPs are not enabled on the root.
 */
public interface ServiceControlPolicies {

    List<List<Policy>> levelsFor(String accountId);

    /** The id of the organization the account belongs to ({@code o-…}), for {@code aws:PrincipalOrgID}. */
    Optional<String> organizationOf(String accountId);
}
