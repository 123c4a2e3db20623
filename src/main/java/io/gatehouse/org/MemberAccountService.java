package io.gatehouse.org;

import io.gatehouse.account.Account;
import io.gatehouse.account.AccountService;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The accounts of an organization. CreateAccount makes a real Gatehouse account (fresh id, root
 * user with the given e-mail and no usable password) under the root, in one transaction with its
 * membership, its {@code FullAWSAccess} attachment when SCPs are on, and the
 * {@link MemberAccountCreated} event that lets IAM create the cross-account role. An e-mail that
 * a root user already has fails the request ({@code FAILED}, {@code EMAIL_ALREADY_EXISTS}), as in
 * AWS, so an e-mail names one root user.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html">CreateAccount</a>
 */
@ApplicationScoped
public class MemberAccountService {

    public static final String DEFAULT_ROLE_NAME = "OrganizationAccountAccessRole";

    private final OrgStore store;
    private final PolicyStore policies;
    private final OrgAccess access;
    private final OrgTree tree;
    private final OrgIds ids;
    private final OrgChanges changes;
    private final AccountService accounts;
    private final Event<MemberAccountCreated> created;
    private final Clock clock;

    public MemberAccountService(OrgStore store, PolicyStore policies, OrgAccess access, OrgTree tree, OrgIds ids,
                                OrgChanges changes, AccountService accounts, Event<MemberAccountCreated> created,
                                Clock clock) {
        this.store = store;
        this.policies = policies;
        this.access = access;
        this.tree = tree;
        this.ids = ids;
        this.changes = changes;
        this.accounts = accounts;
        this.created = created;
        this.clock = clock;
    }

    @Transactional
    public CreateAccountStatus create(String callerAccountId, String actor, String email, String name, String roleName) {
        Organization org = access.managed(callerAccountId);
        OrgInputRules.email(email);
        OrgInputRules.accountName(name);
        String role = OrgInputRules.roleName(roleName == null ? DEFAULT_ROLE_NAME : roleName);
        Instant now = clock.instant();
        if (accounts.rootEmailInUse(email)) {
            return failed(org, callerAccountId, actor, name, now, "EMAIL_ALREADY_EXISTS");
        }
        Account account = accounts.create(name, email, actor);
        Root root = store.rootOf(org.id());
        store.insertMember(new MemberAccount(account.id(), org.id(), root.id(), name, email, MemberAccount.CREATED,
                now, MemberAccount.ACTIVE));
        if (root.scpEnabled()) {
            policies.attach(org.id(), OrgPolicy.FULL_AWS_ACCESS, account.id());
        }
        CreateAccountStatus status = new CreateAccountStatus(ids.createAccountRequestId(), org.id(), name,
                account.id(), CreateAccountStatus.SUCCEEDED, null, now, now);
        store.insertStatus(status);
        created.fire(new MemberAccountCreated(account.id(), callerAccountId, role));
        changes.record("account.create", callerAccountId, actor, account.id());
        return status;
    }

    /** A request refused as AWS refuses it: recorded as FAILED with the reason, no account made. */
    private CreateAccountStatus failed(Organization org, String callerAccountId, String actor, String name, Instant now,
                                       String reason) {
        CreateAccountStatus status = new CreateAccountStatus(ids.createAccountRequestId(), org.id(), name, null,
                CreateAccountStatus.FAILED, reason, now, now);
        store.insertStatus(status);
        changes.recordFailure("account.create", callerAccountId, actor, status.id(), reason);
        return status;
    }

    public CreateAccountStatus status(String callerAccountId, String requestId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireCreateAccountRequest(requestId, "CreateAccountRequestId");
        return store.findStatus(requestId).filter(s -> s.orgId().equals(org.id()))
                .orElseThrow(() -> new GatehouseException(OrgError.CREATE_ACCOUNT_STATUS_NOT_FOUND,
                        "We can't find a create account request with the CreateAccountRequestId that you specified."));
    }

    /** The organization's CreateAccount requests, those in one of {@code states} when given. */
    public List<CreateAccountStatus> statuses(String callerAccountId, List<String> states) {
        Organization org = access.managed(callerAccountId);
        return store.statuses(org.id()).stream()
                .filter(s -> states == null || states.isEmpty() || states.contains(s.state())).toList();
    }

    public MemberAccount describe(String callerAccountId, String accountId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireAccount(accountId, "AccountId");
        return tree.member(org, accountId).orElseThrow(MemberAccountService::accountNotFound);
    }

    public List<MemberAccount> list(String callerAccountId) {
        return store.members(access.managed(callerAccountId).id());
    }

    public List<MemberAccount> listForParent(String callerAccountId, String parentId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireParent(parentId, "ParentId");
        tree.parent(org, parentId).orElseThrow(OrgUnitService::parentNotFound);
        return store.members(org.id()).stream().filter(m -> m.parentId().equals(parentId)).toList();
    }

    @Transactional
    public void move(String callerAccountId, String actor, String accountId, String sourceParentId,
                     String destinationParentId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireAccount(accountId, "AccountId");
        OrgIds.requireParent(sourceParentId, "SourceParentId");
        OrgIds.requireParent(destinationParentId, "DestinationParentId");
        MemberAccount member = tree.member(org, accountId).orElseThrow(MemberAccountService::accountNotFound);
        if (tree.parent(org, sourceParentId).isEmpty() || !member.parentId().equals(sourceParentId)) {
            throw new GatehouseException(OrgError.SOURCE_PARENT_NOT_FOUND,
                    "We can't find a source root or OU with the ParentId that you specified.");
        }
        if (tree.parent(org, destinationParentId).isEmpty()) {
            throw new GatehouseException(OrgError.DESTINATION_PARENT_NOT_FOUND,
                    "We can't find the destination container (a root or OU) with the ParentId that you specified.");
        }
        if (sourceParentId.equals(destinationParentId)) {
            throw new GatehouseException(OrgError.DUPLICATE_ACCOUNT,
                    "That account is already present in the specified destination.");
        }
        store.moveMember(accountId, destinationParentId);
        changes.record("account.move", callerAccountId, actor, accountId + "->" + destinationParentId);
    }

    /** Removes a member; the account itself stays, standalone. The management account cannot leave. */
    @Transactional
    public void remove(String callerAccountId, String actor, String accountId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireAccount(accountId, "AccountId");
        tree.member(org, accountId).orElseThrow(MemberAccountService::accountNotFound);
        if (accountId.equals(org.managementAccountId())) {
            throw new GatehouseException(OrgError.MASTER_CANNOT_LEAVE,
                    "You can't remove a management account from an organization.");
        }
        policies.detachTarget(org.id(), accountId);
        store.deleteMember(accountId);
        changes.record("account.remove", callerAccountId, actor, accountId);
    }

    static GatehouseException accountNotFound() {
        return new GatehouseException(OrgError.ACCOUNT_NOT_FOUND,
                "We can't find an AWS account with the AccountId that you specified.");
    }
}
