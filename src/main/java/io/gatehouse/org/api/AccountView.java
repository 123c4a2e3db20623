package io.gatehouse.org.api;

import io.gatehouse.org.MemberAccount;
import io.gatehouse.org.OrgArns;
import io.gatehouse.org.Organization;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member account of the organization and where it sits in the tree. */
@Schema(name = "OrganizationAccount")
public record AccountView(
        @Schema(example = "222222222222") String id,
        String arn,
        String name,
        String email,
        @Schema(example = "ACTIVE") String status,
        @Schema(description = "CREATED by CreateAccount; INVITED for the management account") String joinedMethod,
        Instant joinedAt,
        @Schema(description = "The root or OU the account sits under", example = "r-ab12") String parentId) {

    static AccountView of(Organization org, MemberAccount m) {
        return new AccountView(m.accountId(), OrgArns.account(org.managementAccountId(), org.id(), m.accountId()),
                m.name(), m.email(), m.status(), m.joinedMethod(), m.joinedAt(), m.parentId());
    }
}
