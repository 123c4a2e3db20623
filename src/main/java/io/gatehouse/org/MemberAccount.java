package io.gatehouse.org;

import java.time.Instant;

/**
 * An account's membership of an organization: where it sits in the tree, how it joined
 * ({@code CREATED} by CreateAccount, {@code INVITED} for the management account, as AWS reports
 * it) and its status. Name and e-mail are the account's own.
 */
public record MemberAccount(String accountId, String orgId, String parentId, String name, String email,
                            String joinedMethod, Instant joinedAt, String status) {

    public static final String CREATED = "CREATED";
    public static final String INVITED = "INVITED";
    public static final String ACTIVE = "ACTIVE";

    public MemberAccount withParent(String newParentId) {
        return new MemberAccount(accountId, orgId, newParentId, name, email, joinedMethod, joinedAt, status);
    }
}
