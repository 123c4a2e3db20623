package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Role lookups for STS: by exact ARN, with the trust policy compiled. */
@GatehouseTest
class RoleDirectoryTest {

    @Inject
    RoleDirectory directory;
    @Inject
    RoleService roles;

    private final String name = "Sts-" + IamPrincipalFixtures.suffix();

    @Test
    void findByArnWhenExactThenRoleWithCompiledTrustPolicy() {
        roles.create(IamPrincipalFixtures.ACCOUNT_ID, "test", new RoleService.NewRole(name, "/app/",
                TestPolicies.trustAccount(), null, 7200, null, Map.of()));

        AssumableRole found = directory.findByArn("arn:aws:iam::000000000000:role/app/" + name).orElseThrow();

        assertThat(found.role().name()).isEqualTo(name);
        assertThat(found.maxSessionDuration()).isEqualTo(7200);
        assertThat(found.trustPolicy().sourceId()).isEqualTo("arn:aws:iam::000000000000:role/app/" + name + "/trust-policy");
        assertThat(found.trustPolicy().document()).isEqualTo(TestPolicies.trustAccount());
    }

    @Test
    void findByArnWhenPathAccountOrTypeDiffersThenEmpty() {
        roles.create(IamPrincipalFixtures.ACCOUNT_ID, "test", new RoleService.NewRole(name, "/app/",
                TestPolicies.trustAccount(), null, null, null, Map.of()));

        assertThat(directory.findByArn("arn:aws:iam::000000000000:role/" + name)).isEmpty();
        assertThat(directory.findByArn("arn:aws:iam::111111111111:role/app/" + name)).isEmpty();
        assertThat(directory.findByArn("arn:aws:iam::000000000000:user/app/" + name)).isEmpty();
        assertThat(directory.findByArn("not-an-arn")).isEmpty();
        assertThat(directory.find(IamPrincipalFixtures.ACCOUNT_ID, name.toLowerCase(java.util.Locale.ROOT))).isPresent();
    }
}
