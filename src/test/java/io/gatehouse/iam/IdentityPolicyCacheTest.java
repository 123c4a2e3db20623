package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.iam.policy.Policy;
import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compiled policies of users and roles, and their invalidation when any part changes. */
@GatehouseTest
class IdentityPolicyCacheTest {

    private static final String ACCOUNT = IamPrincipalFixtures.ACCOUNT_ID;
    private static final String ACTOR = "arn:aws:iam::000000000000:root";

    @Inject
    IdentityPolicyCache cache;
    @Inject
    InlinePolicyService inline;
    @Inject
    PolicyAttachmentService attachments;
    @Inject
    PermissionsBoundaryService boundaries;
    @Inject
    ManagedPolicyService policies;
    @Inject
    RoleService roles;

    private final String suffix = IamPrincipalFixtures.suffix();

    @Test
    void forUserWhenGroupsHavePoliciesThenUserAndGroupPoliciesCompiledInOrder() {
        String user = "u-" + suffix;
        String group = "g-" + suffix;
        IamPrincipalFixtures.addMember(IamPrincipalFixtures.group(group), IamPrincipalFixtures.user(user));
        inline.put(ACCOUNT, ACTOR, PrincipalType.USER, user, "Own", TestPolicies.allow("iam:Get*"));
        attachments.attach(ACCOUNT, ACTOR, PrincipalType.USER, user, TestPolicies.READ_ONLY_ARN);
        inline.put(ACCOUNT, ACTOR, PrincipalType.GROUP, group, "Team", TestPolicies.allow("kms:*"));
        String customer = policies.create(ACCOUNT, ACTOR, "Cust-" + suffix, null, TestPolicies.allow("iam:List*"), null,
                Map.of()).arn();
        attachments.attach(ACCOUNT, ACTOR, PrincipalType.GROUP, group, customer);
        boundaries.set(ACCOUNT, ACTOR, PrincipalType.USER, user, TestPolicies.ADMIN_ARN);

        PrincipalPolicies loaded = cache.forUser(ACCOUNT, user.toUpperCase(java.util.Locale.ROOT)).orElseThrow();

        assertThat(loaded.identityPolicies()).extracting(Policy::sourceId).containsExactly(
                "user/" + user + "/inline/Own", "group/" + group + "/inline/Team", TestPolicies.READ_ONLY_ARN, customer);
        assertThat(loaded.permissionsBoundary().sourceId()).isEqualTo(TestPolicies.ADMIN_ARN);
    }

    @Test
    void forUserWhenPolicyChangesThenCachedEntryDropped() {
        String user = "c-" + suffix;
        IamPrincipalFixtures.user(user);
        assertThat(cache.forUser(ACCOUNT, user).orElseThrow().identityPolicies()).isEmpty();

        inline.put(ACCOUNT, ACTOR, PrincipalType.USER, user, "P", TestPolicies.allow("iam:Get*"));
        assertThat(cache.forUser(ACCOUNT, user).orElseThrow().identityPolicies()).hasSize(1);

        String customer = policies.create(ACCOUNT, ACTOR, "V-" + suffix, null, TestPolicies.allow("iam:Get*"), null,
                Map.of()).arn();
        attachments.attach(ACCOUNT, ACTOR, PrincipalType.USER, user, customer);
        assertThat(cache.forUser(ACCOUNT, user).orElseThrow().identityPolicies()).hasSize(2);

        policies.createVersion(ACCOUNT, ACTOR, customer, TestPolicies.allow("kms:Get*"), true);
        assertThat(cache.forUser(ACCOUNT, user).orElseThrow().identityPolicies().get(1).document())
                .contains("kms:Get*");

        inline.delete(ACCOUNT, ACTOR, PrincipalType.USER, user, "P");
        attachments.detach(ACCOUNT, ACTOR, PrincipalType.USER, user, customer);
        assertThat(cache.forUser(ACCOUNT, user).orElseThrow().identityPolicies()).isEmpty();
    }

    @Test
    void forRoleWhenTaggedThenTagsAndPoliciesReported() {
        String role = "role-" + suffix;
        roles.create(ACCOUNT, ACTOR, new RoleService.NewRole(role, null, TestPolicies.trustAccount(), null, null,
                null, Map.of("team", "a")));
        attachments.attach(ACCOUNT, ACTOR, PrincipalType.ROLE, role, TestPolicies.ADMIN_ARN);
        assertThat(cache.forRole(ACCOUNT, role).orElseThrow().tags()).containsEntry("team", "a");

        roles.tag(ACCOUNT, ACTOR, role, Map.of("team", "b"));
        PrincipalPolicies loaded = cache.forRole(ACCOUNT, role).orElseThrow();
        assertThat(loaded.tags()).containsEntry("team", "b");
        assertThat(loaded.identityPolicies()).extracting(Policy::sourceId).containsExactly(TestPolicies.ADMIN_ARN);
        assertThat(loaded.permissionsBoundary()).isNull();
    }

    @Test
    void forUserWhenUnknownThenEmpty() {
        assertThat(cache.forUser(ACCOUNT, "ghost-" + suffix)).isEmpty();
        assertThat(cache.forRole(ACCOUNT, "ghost-" + suffix)).isEmpty();
    }
}
