package io.gatehouse.org;

import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import io.gatehouse.platform.ClusterCache;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SCP levels the authorizer evaluates for an account, compiled once and cached per account on
 * every node. Every organization change publishes on the {@code org} topic (see
 * {@link OrgChanges}), which clears the whole cache on every node after commit. Accounts outside
 * any organization are cached too, as "no organization".
 */
@ApplicationScoped
public class ScpDirectory implements ServiceControlPolicies {

    private final OrgStore store;
    private final PolicyStore policies;
    private final OrgTree tree;
    private final ClusterCache<AccountScps> cache;

    public ScpDirectory(OrgStore store, PolicyStore policies, OrgTree tree, ClusterEvents events) {
        this.store = store;
        this.policies = policies;
        this.tree = tree;
        this.cache = new ClusterCache<>(events, OrgChanges.TOPIC);
    }

    @Override
    public List<List<Policy>> levelsFor(String accountId) {
        return scps(accountId).levels();
    }

    @Override
    public Optional<String> organizationOf(String accountId) {
        return Optional.ofNullable(scps(accountId).orgId());
    }

    private AccountScps scps(String accountId) {
        return cache.get(accountId, this::load).orElseThrow();
    }

    private Optional<AccountScps> load(String accountId) {
        Optional<MemberAccount> member = store.findMember(accountId);
        if (member.isEmpty()) {
            return Optional.of(AccountScps.NONE);
        }
        Organization org = store.findOrganization(member.get().orgId()).orElseThrow();
        if (org.managementAccountId().equals(accountId) || !store.rootOf(org.id()).scpEnabled()) {
            return Optional.of(new AccountScps(org.id(), List.of()));
        }
        Map<String, List<String>> byTarget = policies.attachments(org.id()).stream().collect(Collectors.groupingBy(
                PolicyStore.Attachment::targetId, Collectors.mapping(PolicyStore.Attachment::policyId, Collectors.toList())));
        List<String> path = new ArrayList<>(tree.pathTo(member.get().parentId()));
        path.add(accountId);
        List<List<Policy>> levels = path.stream()
                .map(target -> byTarget.getOrDefault(target, List.of()).stream().sorted()
                        .map(policyId -> compile(org.id(), policyId)).toList())
                .toList();
        return Optional.of(new AccountScps(org.id(), levels));
    }

    private Policy compile(String orgId, String policyId) {
        OrgPolicy policy = policies.find(orgId, policyId).orElseThrow();
        return PolicyParser.parse("scp/" + policyId, policy.content(), PolicyKind.SERVICE_CONTROL);
    }

    /** The cached answer for one account: its organization (null when none) and its SCP levels. */
    record AccountScps(String orgId, List<List<Policy>> levels) {

        static final AccountScps NONE = new AccountScps(null, List.of());

        AccountScps {
            levels = levels.stream().map(List::copyOf).toList();
        }
    }
}
