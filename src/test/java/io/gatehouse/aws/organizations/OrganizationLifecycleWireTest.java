package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.org.MemberAccountCreated;
import io.gatehouse.org.MemberAccountEvents;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An organization from creation to deletion over the AWS JSON protocol: the management account,
 * the root, CreateAccount with its status and event, member-only and outsider access, policy types,
 * and deletion once the members are gone.
 */
@GatehouseTest
class OrganizationLifecycleWireTest {

    @Inject
    MemberAccountEvents events;

    @Test
    void lifecycleWhenManagedByCallerThenAwsShapesThroughout() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        JsonPath created = management.ok("CreateOrganization", Map.of("FeatureSet", "ALL"));
        String orgId = created.getString("Organization.Id");
        assertThat(orgId).matches("o-[a-z0-9]{10,32}");
        assertThat(created.getString("Organization.Arn"))
                .isEqualTo("arn:aws:organizations::" + management.accountId + ":organization/" + orgId);
        assertThat(created.getString("Organization.FeatureSet")).isEqualTo("ALL");
        assertThat(created.getString("Organization.MasterAccountId")).isEqualTo(management.accountId);
        assertThat(created.getString("Organization.MasterAccountEmail")).isEqualTo("root@" + management.accountId + ".test");
        assertThat(created.getList("Organization.AvailablePolicyTypes")).isEmpty();

        JsonPath roots = management.ok("ListRoots", "{}");
        String rootId = roots.getString("Roots[0].Id");
        assertThat(rootId).matches("r-[0-9a-z]{4,32}");
        assertThat(roots.getString("Roots[0].Name")).isEqualTo("Root");
        assertThat(roots.getString("Roots[0].Arn"))
                .isEqualTo("arn:aws:organizations::" + management.accountId + ":root/" + orgId + "/" + rootId);
        assertThat(roots.getList("Roots")).hasSize(1);

        JsonPath self = management.ok("DescribeAccount", Map.of("AccountId", management.accountId));
        assertThat(self.getString("Account.JoinedMethod")).isEqualTo("INVITED");
        assertThat(self.getString("Account.Status")).isEqualTo("ACTIVE");

        String email = PoolFixtures.unique("member") + "@example.com";
        JsonPath status = management.ok("CreateAccount", Map.of("Email", email, "AccountName", "Workloads"));
        String requestId = status.getString("CreateAccountStatus.Id");
        String memberId = status.getString("CreateAccountStatus.AccountId");
        assertThat(requestId).matches("car-[a-z0-9]{8,32}");
        assertThat(memberId).matches("\\d{12}");
        assertThat(status.getString("CreateAccountStatus.State")).isEqualTo("SUCCEEDED");
        assertThat(status.getString("CreateAccountStatus.AccountName")).isEqualTo("Workloads");
        assertThat(status.getDouble("CreateAccountStatus.RequestedTimestamp")).isPositive();
        assertThat(events.received()).contains(
                new MemberAccountCreated(memberId, management.accountId, "OrganizationAccountAccessRole"));

        JsonPath again = management.ok("DescribeCreateAccountStatus", Map.of("CreateAccountRequestId", requestId));
        assertThat(again.getString("CreateAccountStatus.AccountId")).isEqualTo(memberId);
        assertThat(management.ok("ListCreateAccountStatus", Map.of("States", List.of("SUCCEEDED")))
                .getList("CreateAccountStatuses.Id")).containsExactly(requestId);
        assertThat(management.ok("ListCreateAccountStatus", Map.of("States", List.of("FAILED")))
                .getList("CreateAccountStatuses")).isEmpty();

        JsonPath member = management.ok("DescribeAccount", Map.of("AccountId", memberId));
        assertThat(member.getString("Account.Email")).isEqualTo(email);
        assertThat(member.getString("Account.Name")).isEqualTo("Workloads");
        assertThat(member.getString("Account.JoinedMethod")).isEqualTo("CREATED");
        assertThat(member.getString("Account.Arn"))
                .isEqualTo("arn:aws:organizations::" + management.accountId + ":account/" + orgId + "/" + memberId);
        assertThat(management.ok("ListAccounts", "{}").getList("Accounts.Id"))
                .containsExactlyInAnyOrder(management.accountId, memberId);
        assertThat(management.ok("ListAccountsForParent", Map.of("ParentId", rootId)).getList("Accounts.Id"))
                .containsExactlyInAnyOrder(management.accountId, memberId);

        OrganizationsWire memberRoot = OrganizationsWire.rootOf(memberId);
        assertThat(memberRoot.ok("DescribeOrganization", "{}").getString("Organization.Id")).isEqualTo(orgId);
        assertThat(memberRoot.error("ListAccounts", "{}", "AccessDeniedException").getString("message"))
                .isEqualTo("You don't have permissions to access this resource.");
        memberRoot.error("CreateOrganization", "{}", "AlreadyInOrganizationException");
        management.error("CreateOrganization", "{}", "AlreadyInOrganizationException");

        management.error("DeleteOrganization", "{}", "OrganizationNotEmptyException");
        management.error("RemoveAccountFromOrganization", Map.of("AccountId", management.accountId),
                "MasterCannotLeaveOrganizationException");
        assertThat(management.ok("RemoveAccountFromOrganization", Map.of("AccountId", memberId)).getMap("$")).isEmpty();
        memberRoot.error("DescribeOrganization", "{}", "AWSOrganizationsNotInUseException");
        management.error("DescribeAccount", Map.of("AccountId", memberId), "AccountNotFoundException");

        assertThat(management.ok("DeleteOrganization", "{}").getMap("$")).isEmpty();
        management.error("DescribeOrganization", "{}", "AWSOrganizationsNotInUseException");
        management.error("ListRoots", "{}", "AWSOrganizationsNotInUseException");
    }

    @Test
    void createAccountWhenRoleNameGivenThenEventCarriesIt() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");

        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("ops") + "@example.com",
                "AccountName", "Ops", "RoleName", "OrgAdmin")).getString("CreateAccountStatus.AccountId");

        assertThat(events.received()).contains(new MemberAccountCreated(memberId, management.accountId, "OrgAdmin"));
    }

    @Test
    void createAccountWhenInputInvalidThenInvalidInputAndNoAccount() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");

        management.error("CreateAccount", Map.of("AccountName", "NoEmail"), "InvalidInputException", "INPUT_REQUIRED");
        management.error("CreateAccount", Map.of("Email", "not-an-address", "AccountName", "x"),
                "InvalidInputException", "INVALID_EMAIL_ADDRESS_TARGET");
        management.error("CreateAccount", Map.of("Email", "a@example.com", "AccountName", "x".repeat(51)),
                "InvalidInputException", "MAX_LENGTH_EXCEEDED");
        management.error("CreateAccount", Map.of("Email", "a@example.com", "AccountName", "ok", "RoleName", "bad role"),
                "InvalidInputException", "INVALID_ROLE_NAME");
        management.error("CreateAccount", Map.of("Email", 5, "AccountName", "ok"), "SerializationException");

        assertThat(management.ok("ListAccounts", "{}").getList("Accounts.Id")).containsExactly(management.accountId);
        assertThat(management.ok("ListCreateAccountStatus", "{}").getList("CreateAccountStatuses")).isEmpty();
    }

    @Test
    void createAccountWhenEmailTakenThenFailedStatusAndNoAccount() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");
        String email = PoolFixtures.unique("dup") + "@example.com";
        management.ok("CreateAccount", Map.of("Email", email, "AccountName", "First"));

        JsonPath failed = management.ok("CreateAccount", Map.of("Email", email.toUpperCase(), "AccountName", "Second"));

        assertThat(failed.getString("CreateAccountStatus.State")).isEqualTo("FAILED");
        assertThat(failed.getString("CreateAccountStatus.FailureReason")).isEqualTo("EMAIL_ALREADY_EXISTS");
        assertThat(failed.getString("CreateAccountStatus.AccountId")).isNull();
        assertThat(management.ok("DescribeCreateAccountStatus", Map.of("CreateAccountRequestId",
                failed.getString("CreateAccountStatus.Id"))).getString("CreateAccountStatus.State")).isEqualTo("FAILED");
        assertThat(management.ok("ListAccounts", "{}").getList("Accounts.Name")).containsOnly("test-" + management.accountId,
                "First");
        assertThat(management.ok("CreateAccount", Map.of("Email", "root@" + management.accountId + ".test",
                "AccountName", "Third")).getString("CreateAccountStatus.FailureReason")).isEqualTo("EMAIL_ALREADY_EXISTS");
    }

    @Test
    void statusWhenUnknownOrMalformedThenAwsErrors() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");

        management.error("DescribeCreateAccountStatus", Map.of("CreateAccountRequestId", "car-00000000000000000000000000000000"),
                "CreateAccountStatusNotFoundException");
        management.error("DescribeCreateAccountStatus", Map.of("CreateAccountRequestId", "nope"),
                "InvalidInputException", "INVALID_PATTERN");
        management.error("ListCreateAccountStatus", Map.of("States", List.of("DONE")), "InvalidInputException",
                "INVALID_ENUM");
    }

    @Test
    void operationsWhenCallerOutsideAnyOrganizationThenNotInUse() {
        OrganizationsWire outsider = OrganizationsWire.newAccount();

        assertThat(outsider.error("DescribeOrganization", "{}", "AWSOrganizationsNotInUseException").getString("message"))
                .isEqualTo("Your account is not a member of an organization.");
        outsider.error("ListAccounts", "{}", "AWSOrganizationsNotInUseException");
        outsider.error("CreateAccount", Map.of("Email", "x@example.com", "AccountName", "x"),
                "AWSOrganizationsNotInUseException");
        outsider.error("DeleteOrganization", "{}", "AWSOrganizationsNotInUseException");
    }

    @Test
    void createOrganizationWhenFeatureSetNotAllThenInvalidInput() {
        OrganizationsWire account = OrganizationsWire.newAccount();

        account.error("CreateOrganization", Map.of("FeatureSet", "CONSOLIDATED_BILLING"), "InvalidInputException",
                "INVALID_ENUM");
        account.error("CreateOrganization", Map.of("FeatureSet", "SOME"), "InvalidInputException", "INVALID_ENUM");
        account.error("DescribeOrganization", "{}", "AWSOrganizationsNotInUseException");
    }

    @Test
    void policyTypesWhenEnabledThenRootListsThemAndFullAwsAccessAttachedEverywhere() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");
        String rootId = management.ok("ListRoots", "{}").getString("Roots[0].Id");
        String ouId = management.ok("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", "Prod"))
                .getString("OrganizationalUnit.Id");

        JsonPath enabled = management.ok("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", "SERVICE_CONTROL_POLICY"));

        assertThat(enabled.getString("Root.Id")).isEqualTo(rootId);
        assertThat(enabled.getList("Root.PolicyTypes")).containsExactly(Map.of("Type", "SERVICE_CONTROL_POLICY",
                "Status", "ENABLED"));
        assertThat(management.ok("DescribeOrganization", "{}").getList("Organization.AvailablePolicyTypes")).hasSize(1);
        assertThat(management.ok("ListTargetsForPolicy", Map.of("PolicyId", "p-FullAWSAccess")).getList("Targets.TargetId"))
                .containsExactlyInAnyOrder(rootId, ouId, management.accountId);
        management.error("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", "SERVICE_CONTROL_POLICY"),
                "PolicyTypeAlreadyEnabledException");
        management.error("EnablePolicyType", Map.of("RootId", "r-zzzz", "PolicyType", "SERVICE_CONTROL_POLICY"),
                "RootNotFoundException");
        management.error("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", "TAG_POLICY"),
                "InvalidInputException", "INVALID_ENUM");
        management.error("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", "NOPE"),
                "InvalidInputException", "INVALID_ENUM");

        JsonPath disabled = management.ok("DisablePolicyType", Map.of("RootId", rootId, "PolicyType", "SERVICE_CONTROL_POLICY"));

        assertThat(disabled.getList("Root.PolicyTypes")).isEmpty();
        assertThat(management.ok("ListTargetsForPolicy", Map.of("PolicyId", "p-FullAWSAccess")).getList("Targets")).isEmpty();
        management.error("DisablePolicyType", Map.of("RootId", rootId, "PolicyType", "SERVICE_CONTROL_POLICY"),
                "PolicyTypeNotEnabledException");
    }
}
