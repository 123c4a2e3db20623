package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.aws.iam.Iam;
import io.gatehouse.aws.sts.Sts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dispatch by Version and Action, with the credential scope's service as tie-breaker. */
class QueryOperationRegistryTest {

    private static final QueryHandler NOTHING = call -> QueryResult.none();

    @Test
    void findWhenVersionAndActionMatchThenOperation() {
        QueryOperationRegistry registry = new QueryOperationRegistry(List.of(Iam.operation("ListUsers", NOTHING)));

        assertThat(registry.find("2010-05-08", "ListUsers", null)).hasValueSatisfying(op -> {
            assertThat(op.signingName()).isEqualTo("iam");
            assertThat(op.namespace()).isEqualTo("https://iam.amazonaws.com/doc/2010-05-08/");
            assertThat(op.signed()).isTrue();
        });
        assertThat(registry.find("2011-06-15", "ListUsers", "iam")).isEmpty();
        assertThat(registry.find("2010-05-08", "listusers", "iam")).isEmpty();
    }

    @Test
    void findWhenTwoServicesShareVersionAndActionThenScopeServiceDecides() {
        QueryOperation iam = new QueryOperation("v1", "Describe", true, "iam", "urn:iam", NOTHING);
        QueryOperation sts = new QueryOperation("v1", "Describe", true, "sts", "urn:sts", NOTHING);
        QueryOperationRegistry registry = new QueryOperationRegistry(List.of(iam, sts));

        assertThat(registry.find("v1", "Describe", "sts")).containsSame(sts);
        assertThat(registry.find("v1", "Describe", "iam")).containsSame(iam);
        assertThat(registry.find("v1", "Describe", null)).isEmpty();
    }

    @Test
    void constructWhenSameOperationTwiceThenWiringError() {
        assertThatThrownBy(() -> new QueryOperationRegistry(List.of(Iam.operation("ListUsers", NOTHING),
                Iam.operation("ListUsers", NOTHING)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stsOperationWhenWebIdentityOrSamlThenUnsigned() {
        assertThat(Sts.operation("AssumeRoleWithWebIdentity", NOTHING).signed()).isFalse();
        assertThat(Sts.operation("AssumeRoleWithSAML", NOTHING).signed()).isFalse();
        assertThat(Sts.operation("AssumeRole", NOTHING).signed()).isTrue();
        assertThat(Sts.operation("GetCallerIdentity", NOTHING).signed()).isTrue();
    }
}
