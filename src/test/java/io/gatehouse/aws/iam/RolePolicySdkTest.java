package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.CreatePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** Roles, managed and inline policies and attachments through the real AWS SDK's IamClient. */
@GatehouseTest
class RolePolicySdkTest {

    private static final String OTHER_ACCOUNT = "666666666666";
    private static final String OTHER_KEY = "AKIAIAMROLESOTHER001";
    private static final String OTHER_SECRET = "iam-roles-other-account-secret-000000000";

    private final String suffix = IamPrincipalFixtures.suffix();
    private IamClient iam;

    @BeforeEach
    void open() {
        iam = QueryClients.iam();
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void createRoleWhenValidThenGetRoleReturnsItWithEncodedTrustPolicy() {
        String name = "Deployer-" + suffix;
        Role created = iam.createRole(r -> r.roleName(name).path("/ci/").description("CI deploys")
                .assumeRolePolicyDocument(TestPolicies.trustAccount()).maxSessionDuration(7200)
                .tags(Tag.builder().key("team").value("platform").build())).role();

        assertThat(created.roleId()).matches("AROA[A-Z0-9]{17}");
        assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/ci/" + name);
        GetRoleResponse got = iam.getRole(r -> r.roleName(name));
        assertThat(got.role().maxSessionDuration()).isEqualTo(7200);
        assertThat(got.role().description()).isEqualTo("CI deploys");
        assertThat(got.role().createDate()).isNotNull();
        assertThat(got.role().tags()).containsExactly(Tag.builder().key("team").value("platform").build());
        assertThat(got.role().assumeRolePolicyDocument()).contains("%22");
        assertThat(URLDecoder.decode(got.role().assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                .isEqualTo(TestPolicies.trustAccount());
    }

    @Test
    void createRoleWhenInvalidThenIamErrors() {
        String name = "Bad-" + suffix;
        assertAwsError(() -> iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TestPolicies.allow("s3:*"))),
                "MalformedPolicyDocument", 400);
        assertAwsError(() -> iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TestPolicies.trustAccount())
                .maxSessionDuration(100)), "ValidationError", 400);
        assertAwsError(() -> iam.getRole(r -> r.roleName(name)), "NoSuchEntity", 404);
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        assertAwsError(() -> iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TestPolicies.trustAccount())),
                "EntityAlreadyExists", 409);
    }

    @Test
    void updateAndTagRoleWhenCalledThenReflected() {
        String name = "Upd-" + suffix;
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        iam.updateRole(r -> r.roleName(name).maxSessionDuration(43200));
        assertThat(iam.updateRoleDescription(r -> r.roleName(name).description("new")).role().description())
                .isEqualTo("new");
        String trust = TestPolicies.trustAccount().replace("000000000000", "111111111111");
        iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(trust));
        iam.tagRole(r -> r.roleName(name).tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("2").build()));
        iam.untagRole(r -> r.roleName(name).tagKeys("a"));

        Role role = iam.getRole(r -> r.roleName(name)).role();
        assertThat(role.maxSessionDuration()).isEqualTo(43200);
        assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(trust);
        assertThat(iam.listRoleTags(r -> r.roleName(name)).tags())
                .containsExactly(Tag.builder().key("b").value("2").build());
    }

    @Test
    void listRolesWhenMoreThanMaxItemsThenPagedWithMarker() {
        String path = "/sdk" + suffix + "/";
        for (String n : new String[] {"r1-" + suffix, "r2-" + suffix, "r3-" + suffix}) {
            iam.createRole(r -> r.roleName(n).path(path).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        }
        ListRolesResponse first = iam.listRoles(r -> r.pathPrefix(path).maxItems(2));
        assertThat(first.roles()).extracting(Role::roleName).containsExactly("r1-" + suffix, "r2-" + suffix);
        assertThat(first.isTruncated()).isTrue();
        ListRolesResponse second = iam.listRoles(r -> r.pathPrefix(path).maxItems(2).marker(first.marker()));
        assertThat(second.roles()).extracting(Role::roleName).containsExactly("r3-" + suffix);
        assertThat(second.isTruncated()).isFalse();
    }

    @Test
    void policyVersionsWhenCreatedThenDocumentUrlEncodedAndLimitsEnforced() {
        CreatePolicyResponse created = iam.createPolicy(r -> r.policyName("P-" + suffix)
                .policyDocument(TestPolicies.allow("iam:Get*")).description("d"));
        String arn = created.policy().arn();
        assertThat(created.policy().defaultVersionId()).isEqualTo("v1");
        assertThat(created.policy().policyId()).matches("ANPA[A-Z0-9]{17}");

        PolicyVersion v2 = iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(TestPolicies.allow("iam:List*"))
                .setAsDefault(true)).policyVersion();
        assertThat(v2.versionId()).isEqualTo("v2");
        assertThat(v2.isDefaultVersion()).isTrue();
        String document = iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v2")).policyVersion().document();
        assertThat(document).startsWith("%7B%22Version%22");
        assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8)).isEqualTo(TestPolicies.allow("iam:List*"));
        assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions()).extracting(PolicyVersion::versionId)
                .containsExactly("v2", "v1");
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().description()).isEqualTo("d");

        assertAwsError(() -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v2")), "DeleteConflict", 409);
        assertAwsError(() -> iam.deletePolicy(r -> r.policyArn(arn)), "DeleteConflict", 409);
        for (int i = 3; i <= 5; i++) {
            iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(TestPolicies.allow("iam:Get*")));
        }
        assertAwsError(() -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(TestPolicies.allow("iam:*"))),
                "LimitExceeded", 409);
        iam.setDefaultPolicyVersion(r -> r.policyArn(arn).versionId("v5"));
        for (String v : new String[] {"v1", "v2", "v3", "v4"}) {
            iam.deletePolicyVersion(r -> r.policyArn(arn).versionId(v));
        }
        iam.deletePolicy(r -> r.policyArn(arn));
        assertAwsError(() -> iam.getPolicy(r -> r.policyArn(arn)), "NoSuchEntity", 404);
    }

    @Test
    void awsManagedPoliciesWhenListedThenAttachableAndUnmodifiable() {
        ListPoliciesResponse aws = iam.listPolicies(r -> r.scope(PolicyScopeType.AWS).maxItems(1000));
        assertThat(aws.policies()).extracting(p -> p.arn()).contains(TestPolicies.ADMIN_ARN, TestPolicies.READ_ONLY_ARN,
                "arn:aws:iam::aws:policy/AmazonCognitoPowerUser");
        assertAwsError(() -> iam.createPolicyVersion(r -> r.policyArn(TestPolicies.ADMIN_ARN)
                .policyDocument(TestPolicies.allow("iam:*"))), "UnmodifiableEntity", 400);
        assertThat(URLDecoder.decode(iam.getPolicyVersion(r -> r.policyArn(TestPolicies.ADMIN_ARN).versionId("v1"))
                .policyVersion().document(), StandardCharsets.UTF_8)).contains("\"Action\": \"*\"");
    }

    @Test
    void attachAndInlineWhenOnRoleThenListedAndDeleteRoleConflicts() {
        String role = "Att-" + suffix;
        iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        iam.attachRolePolicy(r -> r.roleName(role).policyArn(TestPolicies.READ_ONLY_ARN));
        iam.putRolePolicy(r -> r.roleName(role).policyName("Inline").policyDocument(TestPolicies.allow("kms:*")));

        assertThat(iam.listAttachedRolePolicies(r -> r.roleName(role)).attachedPolicies())
                .containsExactly(AttachedPolicy.builder().policyName("ReadOnlyAccess")
                        .policyArn(TestPolicies.READ_ONLY_ARN).build());
        assertThat(iam.listRolePolicies(r -> r.roleName(role)).policyNames()).containsExactly("Inline");
        assertThat(URLDecoder.decode(iam.getRolePolicy(r -> r.roleName(role).policyName("Inline")).policyDocument(),
                StandardCharsets.UTF_8)).isEqualTo(TestPolicies.allow("kms:*"));
        assertThat(iam.listEntitiesForPolicy(r -> r.policyArn(TestPolicies.READ_ONLY_ARN)).policyRoles())
                .anySatisfy(p -> assertThat(p.roleName()).isEqualTo(role));
        assertAwsError(() -> iam.deleteRole(r -> r.roleName(role)), "DeleteConflict", 409);
        assertAwsError(() -> iam.attachRolePolicy(r -> r.roleName(role).policyArn("arn:aws:iam::aws:policy/Nope")),
                "NoSuchEntity", 404);

        iam.detachRolePolicy(r -> r.roleName(role).policyArn(TestPolicies.READ_ONLY_ARN));
        iam.deleteRolePolicy(r -> r.roleName(role).policyName("Inline"));
        iam.deleteRole(r -> r.roleName(role));
        assertAwsError(() -> iam.getRole(r -> r.roleName(role)), "NoSuchEntity", 404);
    }

    @Test
    void rolePermissionsBoundaryWhenPutAndDeletedThenOnRole() {
        String role = "Bnd-" + suffix;
        iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        iam.putRolePermissionsBoundary(r -> r.roleName(role).permissionsBoundary(TestPolicies.READ_ONLY_ARN));
        Role bounded = iam.getRole(r -> r.roleName(role)).role();
        assertThat(bounded.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(TestPolicies.READ_ONLY_ARN);
        assertThat(bounded.permissionsBoundary().permissionsBoundaryTypeAsString()).isEqualTo("Policy");
        assertThat(iam.getPolicy(r -> r.policyArn(TestPolicies.READ_ONLY_ARN)).policy().permissionsBoundaryUsageCount())
                .isPositive();
        assertAwsError(() -> iam.putRolePermissionsBoundary(r -> r.roleName(role)
                .permissionsBoundary("arn:aws:iam::000000000000:policy/none")), "NoSuchEntity", 404);
        iam.deleteRolePermissionsBoundary(r -> r.roleName(role));
        assertThat(iam.getRole(r -> r.roleName(role)).role().permissionsBoundary()).isNull();
    }

    @Test
    void getRoleWhenOtherAccountThenNoSuchEntity() {
        String role = "Mine-" + suffix;
        iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        TestAccounts.root(OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET);
        try (IamClient other = QueryClients.iamAs(OTHER_KEY, OTHER_SECRET)) {
            assertAwsError(() -> other.getRole(r -> r.roleName(role)), "NoSuchEntity", 404);
            assertThat(other.listRoles().roles()).extracting(Role::roleName).doesNotContain(role);
            assertAwsError(() -> other.attachRolePolicy(r -> r.roleName(role).policyArn(TestPolicies.ADMIN_ARN)),
                    "NoSuchEntity", 404);
        }
    }

    @Test
    void userAndGroupPoliciesWhenPutThenReadBack() {
        String user = "sdk-u-" + suffix;
        String group = "sdk-g-" + suffix;
        IamPrincipalFixtures.user(user);
        IamPrincipalFixtures.group(group);
        iam.putUserPolicy(r -> r.userName(user).policyName("U").policyDocument(TestPolicies.allow("iam:Get*")));
        iam.putGroupPolicy(r -> r.groupName(group).policyName("G").policyDocument(TestPolicies.allow("iam:List*")));
        iam.attachUserPolicy(r -> r.userName(user).policyArn(TestPolicies.ADMIN_ARN));
        iam.attachGroupPolicy(r -> r.groupName(group).policyArn(TestPolicies.ADMIN_ARN));
        iam.putUserPermissionsBoundary(r -> r.userName(user).permissionsBoundary(TestPolicies.READ_ONLY_ARN));

        assertThat(iam.getUserPolicy(r -> r.userName(user).policyName("U")).userName()).isEqualTo(user);
        assertThat(iam.listGroupPolicies(r -> r.groupName(group)).policyNames()).containsExactly("G");
        assertThat(iam.listAttachedUserPolicies(r -> r.userName(user)).attachedPolicies()).hasSize(1);
        assertThat(iam.listAttachedGroupPolicies(r -> r.groupName(group)).attachedPolicies()).hasSize(1);
        assertAwsError(() -> iam.getUserPolicy(r -> r.userName(user).policyName("Nope")), "NoSuchEntity", 404);
        assertAwsError(() -> iam.putUserPolicy(r -> r.userName("ghost-" + suffix).policyName("U")
                .policyDocument(TestPolicies.allow("iam:Get*"))), "NoSuchEntity", 404);
        iam.deleteUserPermissionsBoundary(r -> r.userName(user));
    }
}
