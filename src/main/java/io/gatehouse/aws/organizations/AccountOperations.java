package io.gatehouse.aws.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.org.CreateAccountStatus;
import io.gatehouse.org.MemberAccount;
import io.gatehouse.org.MemberAccountService;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Member accounts: CreateAccount, DescribeCreateAccountStatus, ListCreateAccountStatus,
 * DescribeAccount, ListAccounts, ListAccountsForParent, MoveAccount and
 * RemoveAccountFromOrganization on {@link MemberAccountService}. CreateAccount answers with a
 * status that is already {@code SUCCEEDED}; SDK waiters polling it finish on the first call.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html">CreateAccount</a>
 */
@ApplicationScoped
class AccountOperations implements JsonOperations {

    private static final List<String> STATES = List.of("IN_PROGRESS", "SUCCEEDED", "FAILED");

    private final MemberAccountService accounts;
    private final OrganizationService organizations;

    AccountOperations(MemberAccountService accounts, OrganizationService organizations) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                Organizations.operation("CreateAccount", this::create),
                Organizations.operation("DescribeCreateAccountStatus", this::status),
                Organizations.operation("ListCreateAccountStatus", this::statuses),
                Organizations.operation("DescribeAccount", this::describe),
                Organizations.operation("ListAccounts", this::list),
                Organizations.operation("ListAccountsForParent", this::listForParent),
                Organizations.operation("MoveAccount", this::move),
                Organizations.operation("RemoveAccountFromOrganization", this::remove));
    }

    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        CreateAccountStatus status = accounts.create(caller.accountId(), caller.principalArn(),
                OrgMembers.required(in, "Email"), OrgMembers.required(in, "AccountName"), in.string("RoleName"));
        return statusResponse(status);
    }

    private ObjectNode status(JsonCall call) {
        return statusResponse(accounts.status(call.caller().accountId(),
                OrgMembers.required(call.input(), "CreateAccountRequestId")));
    }

    private ObjectNode statuses(JsonCall call) {
        List<String> states = OrgMembers.enumList(call.input(), "States", STATES);
        List<CreateAccountStatus> all = accounts.statuses(call.caller().accountId(), states);
        return OrgShapes.page("CreateAccountStatuses", OrgMembers.page(call.input(), all, CreateAccountStatus::id),
                OrgShapes::createAccountStatus);
    }

    private ObjectNode describe(JsonCall call) {
        MemberAccount member = accounts.describe(call.caller().accountId(),
                OrgMembers.required(call.input(), "AccountId"));
        return JsonOutput.object().put("Account", OrgShapes.account(org(call), member)).toJson();
    }

    private ObjectNode list(JsonCall call) {
        return accountPage(call, accounts.list(call.caller().accountId()));
    }

    private ObjectNode listForParent(JsonCall call) {
        return accountPage(call, accounts.listForParent(call.caller().accountId(),
                OrgMembers.required(call.input(), "ParentId")));
    }

    private ObjectNode move(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        accounts.move(caller.accountId(), caller.principalArn(), OrgMembers.required(in, "AccountId"),
                OrgMembers.required(in, "SourceParentId"), OrgMembers.required(in, "DestinationParentId"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode remove(JsonCall call) {
        Caller caller = call.caller();
        accounts.remove(caller.accountId(), caller.principalArn(), OrgMembers.required(call.input(), "AccountId"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode accountPage(JsonCall call, List<MemberAccount> all) {
        Organization org = org(call);
        return OrgShapes.page("Accounts", OrgMembers.page(call.input(), all, MemberAccount::accountId),
                m -> OrgShapes.account(org, m));
    }

    private Organization org(JsonCall call) {
        return organizations.describe(call.caller().accountId());
    }

    private static ObjectNode statusResponse(CreateAccountStatus status) {
        return JsonOutput.object().put("CreateAccountStatus", OrgShapes.createAccountStatus(status)).toJson();
    }
}
