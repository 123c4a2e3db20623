package io.gatehouse.iam;

import io.gatehouse.org.MemberAccountCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Objects;

/**
 * Creates the cross-account role of a new member account, as AWS Organizations does: the role
 * (by default {@code OrganizationAccountAccessRole}) trusts the management account and has
 * {@code AdministratorAccess}, so the management account's principals, when their own policies
 * allow {@code sts:AssumeRole} on it, administer the member account. Runs inside the CreateAccount
 * transaction: if the role cannot be made, no account is made.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_access.html">Accessing member accounts</a>
 */
@ApplicationScoped
public class OrganizationAccessRole {

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    private final RoleService roles;
    private final PolicyAttachmentService attachments;

    public OrganizationAccessRole(RoleService roles, PolicyAttachmentService attachments) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
    }

    void onMemberAccountCreated(@Observes MemberAccountCreated created) {
        String actor = "arn:aws:iam::" + created.managementAccountId() + ":root";
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"sts:AssumeRole"}]}"""
                .formatted(created.managementAccountId());
        roles.create(created.accountId(), actor, new RoleService.NewRole(created.roleName(), "/", trust,
                "Lets the organization's management account administer this account", null, null, Map.of()));
        attachments.attach(created.accountId(), actor, PrincipalType.ROLE, created.roleName(), ADMINISTRATOR_ACCESS);
    }
}
