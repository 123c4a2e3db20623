package io.gatehouse.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceControlPolicies} as the authorizer sees it, through CDI: one level per node from the
 * root down to the account, and nothing for the management account, outsiders and disabled SCPs.
 * Changes made through the services show at once (the cache is dropped on commit).
 */
@GatehouseTest
class ScpDirectoryTest {

    private static final String DENY_S3 = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";

    @Inject
    ServiceControlPolicies scps;
    @Inject
    OrganizationService organizations;
    @Inject
    MemberAccountService accounts;
    @Inject
    OrgUnitService units;
    @Inject
    ScpService policies;

    @Test
    void levelsWhenAccountOutsideAnyOrganizationThenEmpty() {
        String outsider = newAccount();

        assertThat(scps.levelsFor(outsider)).isEmpty();
        assertThat(scps.organizationOf(outsider)).isEmpty();
    }

    @Test
    void levelsWhenScpsDisabledThenEmptyButOrganizationKnown() {
        String management = newAccount();
        Organization org = organizations.create(management, "test", null);
        String member = member(management);

        assertThat(scps.levelsFor(member)).isEmpty();
        assertThat(scps.organizationOf(member)).contains(org.id());
        assertThat(scps.organizationOf(management)).contains(org.id());
    }

    @Test
    void levelsWhenNestedThenOneLevelPerNodeFromRootToAccount() {
        String management = newAccount();
        organizations.create(management, "test", null);
        Root root = organizations.roots(management).get(0);
        organizations.enablePolicyType(management, "test", root.id(), OrgPolicy.SERVICE_CONTROL_POLICY);
        OrganizationalUnit prod = units.create(management, "test", root.id(), "Prod");
        OrganizationalUnit web = units.create(management, "test", prod.id(), "Web");
        String member = member(management);
        assertThat(sourceIds(scps.levelsFor(member))).containsExactly(Set.of("scp/p-FullAWSAccess"),
                Set.of("scp/p-FullAWSAccess"));

        accounts.move(management, "test", member, root.id(), web.id());
        OrgPolicy deny = policies.create(management, "test", OrgPolicy.SERVICE_CONTROL_POLICY, "DenyS3", "", DENY_S3);
        policies.attach(management, "test", deny.id(), prod.id());

        assertThat(sourceIds(scps.levelsFor(member))).containsExactly(
                Set.of("scp/p-FullAWSAccess"),
                Set.of("scp/p-FullAWSAccess", "scp/" + deny.id()),
                Set.of("scp/p-FullAWSAccess"),
                Set.of("scp/p-FullAWSAccess"));
        assertThat(scps.levelsFor(management)).isEmpty();

        organizations.disablePolicyType(management, "test", root.id(), OrgPolicy.SERVICE_CONTROL_POLICY);
        assertThat(scps.levelsFor(member)).isEmpty();
    }

    @Test
    void levelsWhenAccountRemovedThenOutsideAgain() {
        String management = newAccount();
        organizations.create(management, "test", null);
        Root root = organizations.roots(management).get(0);
        organizations.enablePolicyType(management, "test", root.id(), OrgPolicy.SERVICE_CONTROL_POLICY);
        String member = member(management);
        assertThat(scps.levelsFor(member)).hasSize(2);

        accounts.remove(management, "test", member);

        assertThat(scps.levelsFor(member)).isEmpty();
        assertThat(scps.organizationOf(member)).isEmpty();
    }

    private String member(String management) {
        return accounts.create(management, "test", PoolFixtures.unique("scp") + "@example.com", "Member", null)
                .accountId();
    }

    /** The source ids per level; the order within a level carries no meaning. */
    private static List<Set<String>> sourceIds(List<List<Policy>> levels) {
        return levels.stream().map(level -> level.stream().map(Policy::sourceId).collect(Collectors.toSet())).toList();
    }

    private static String newAccount() {
        String id = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        TestAccounts.root(id, "AKIASCP" + id.substring(3), "scp-directory-secret-" + id);
        return id;
    }
}
