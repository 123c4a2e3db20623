package io.gatehouse.org;

import io.gatehouse.account.Account;
import io.gatehouse.account.AccountService;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The organization itself: creating it (the caller becomes its management account and first
 * member, under a new root), describing and deleting it, and the policy types enabled on its root.
 * Enabling SCPs attaches {@code FullAWSAccess} to the root and to every OU and account, so nothing
 * is denied until a narrower policy replaces it; disabling them detaches every SCP.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnablePolicyType.html">EnablePolicyType</a>
 */
@ApplicationScoped
public class OrganizationService {

    private final OrgStore store;
    private final PolicyStore policies;
    private final OrgAccess access;
    private final OrgIds ids;
    private final OrgChanges changes;
    private final AccountService accounts;
    private final Clock clock;

    public OrganizationService(OrgStore store, PolicyStore policies, OrgAccess access, OrgIds ids, OrgChanges changes,
                               AccountService accounts, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.access = access;
        this.ids = ids;
        this.changes = changes;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Organization create(String callerAccountId, String actor, String featureSet) {
        if (featureSet != null && !Organization.ALL_FEATURES.equals(featureSet)) {
            throw OrgException.invalid("INVALID_ENUM", "Gatehouse supports only the feature set ALL.");
        }
        if (store.findMember(callerAccountId).isPresent()) {
            throw new GatehouseException(OrgError.ALREADY_IN_ORGANIZATION,
                    "The AWS account is already a member of an organization.");
        }
        Account account = accounts.account(callerAccountId).orElseThrow(
                () -> new GatehouseException(OrgError.ACCESS_DENIED, OrgAccess.DENIED));
        Instant now = clock.instant();
        Organization org = new Organization(ids.organizationId(), callerAccountId, account.rootEmail(),
                Organization.ALL_FEATURES, now);
        Root root = new Root(ids.rootId(), org.id(), Root.DEFAULT_NAME, Set.of());
        store.insertOrganization(org, root);
        store.insertMember(new MemberAccount(callerAccountId, org.id(), root.id(), account.name(),
                account.rootEmail(), MemberAccount.INVITED, now, MemberAccount.ACTIVE));
        changes.record("create", callerAccountId, actor, org.id());
        return org;
    }

    /** The caller's organization; member accounts may ask too. */
    public Organization describe(String callerAccountId) {
        return access.membership(callerAccountId);
    }

    /** The caller's organization with its root, for descriptions that list enabled policy types. */
    public Root rootOf(Organization org) {
        return store.rootOf(org.id());
    }

    /** Deletes the organization once the management account is its only member. */
    @Transactional
    public void delete(String callerAccountId, String actor) {
        Organization org = access.managed(callerAccountId);
        if (store.members(org.id()).size() > 1) {
            throw new GatehouseException(OrgError.ORGANIZATION_NOT_EMPTY,
                    "The organization still has member accounts; remove them first.");
        }
        store.deleteOrganization(org.id());
        changes.record("delete", callerAccountId, actor, org.id());
    }

    public List<Root> roots(String callerAccountId) {
        return List.of(store.rootOf(access.managed(callerAccountId).id()));
    }

    @Transactional
    public Root enablePolicyType(String callerAccountId, String actor, String rootId, String policyType) {
        Organization org = access.managed(callerAccountId);
        Root root = root(org, rootId, policyType);
        if (root.enabledPolicyTypes().contains(policyType)) {
            throw new GatehouseException(OrgError.POLICY_TYPE_ALREADY_ENABLED,
                    "The specified policy type is already enabled.");
        }
        store.enablePolicyType(root.id(), policyType);
        policies.attach(org.id(), OrgPolicy.FULL_AWS_ACCESS, root.id());
        store.units(org.id()).forEach(ou -> policies.attach(org.id(), OrgPolicy.FULL_AWS_ACCESS, ou.id()));
        store.members(org.id()).forEach(m -> policies.attach(org.id(), OrgPolicy.FULL_AWS_ACCESS, m.accountId()));
        changes.record("policy-type.enable", callerAccountId, actor, root.id() + "/" + policyType);
        return store.rootOf(org.id());
    }

    @Transactional
    public Root disablePolicyType(String callerAccountId, String actor, String rootId, String policyType) {
        Organization org = access.managed(callerAccountId);
        Root root = root(org, rootId, policyType);
        if (!root.enabledPolicyTypes().contains(policyType)) {
            throw new GatehouseException(OrgError.POLICY_TYPE_NOT_ENABLED,
                    "This operation can be performed only for enabled policy types.");
        }
        store.disablePolicyType(root.id(), policyType);
        policies.detachAll(org.id());
        changes.record("policy-type.disable", callerAccountId, actor, root.id() + "/" + policyType);
        return store.rootOf(org.id());
    }

    private Root root(Organization org, String rootId, String policyType) {
        OrgIds.requireRoot(rootId, "RootId");
        if (!OrgPolicy.SERVICE_CONTROL_POLICY.equals(policyType)) {
            throw OrgException.invalid("INVALID_ENUM", "Gatehouse supports only the policy type SERVICE_CONTROL_POLICY.");
        }
        Root root = store.rootOf(org.id());
        if (!root.id().equals(rootId)) {
            throw new GatehouseException(OrgError.ROOT_NOT_FOUND, "We can't find a root with the RootId that you specified.");
        }
        return root;
    }
}
