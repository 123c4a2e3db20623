package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListAccountAliasesResponse;

/** IAM ListAccountAliases through the real SDK's query protocol, and IAM's SigV4 errors. */
@GatehouseTest
class AccountAliasSdkTest {

    private static final String ALIASED_ACCOUNT = "444444444444";
    private static final String ALIASED_KEY = "AKIAIAMALIASACCT0001";
    private static final String ALIASED_SECRET = "iam-alias-account-secret-00000000000000000";
    private static final String PLAIN_ACCOUNT = "555555555555";
    private static final String PLAIN_KEY = "AKIAIAMPLAINACCT0001";
    private static final String PLAIN_SECRET = "iam-plain-account-secret-00000000000000000";

    @Inject
    EntityManager em;

    @BeforeEach
    void createAccounts() {
        TestAccounts.root(ALIASED_ACCOUNT, ALIASED_KEY, ALIASED_SECRET);
        TestAccounts.root(PLAIN_ACCOUNT, PLAIN_KEY, PLAIN_SECRET);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE account SET alias = ?1 WHERE id = ?2")
                .setParameter(1, "acme-<&>-prod").setParameter(2, ALIASED_ACCOUNT).executeUpdate());
    }

    @Test
    void listAccountAliasesWhenAliasSetThenItIsListed() {
        try (IamClient iam = QueryClients.iamAs(ALIASED_KEY, ALIASED_SECRET)) {
            ListAccountAliasesResponse response = iam.listAccountAliases();

            assertThat(response.accountAliases()).containsExactly("acme-<&>-prod");
            assertThat(response.isTruncated()).isFalse();
            assertThat(response.marker()).isNull();
        }
    }

    @Test
    void listAccountAliasesWhenNoAliasThenEmptyNotAnotherAccounts() {
        try (IamClient iam = QueryClients.iamAs(PLAIN_KEY, PLAIN_SECRET)) {
            ListAccountAliasesResponse response = iam.listAccountAliases(r -> r.maxItems(10));

            assertThat(response.accountAliases()).isEmpty();
            assertThat(response.isTruncated()).isFalse();
        }
    }

    @Test
    void listAccountAliasesWhenMaxItemsZeroThenValidationError() {
        try (IamClient iam = QueryClients.iam()) {
            var e = assertAwsError(() -> iam.listAccountAliases(r -> r.maxItems(0)), "ValidationError", 400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value at 'maxItems' "
                    + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
    }

    @Test
    void listAccountAliasesWhenWrongSecretThenSignatureDoesNotMatch() {
        try (IamClient iam = QueryClients.iamAs(SignedRequests.ACCESS_KEY_ID, "wrong-secret")) {
            var e = assertAwsError(iam::listAccountAliases, "SignatureDoesNotMatch", 403);
            assertThat(e).isInstanceOf(IamException.class);
        }
    }

    @Test
    void listAccountAliasesWhenUnknownKeyThenInvalidClientTokenId() {
        try (IamClient iam = QueryClients.iamAs("AKIANOSUCHKEY0000003", "whatever")) {
            var e = assertAwsError(iam::listAccountAliases, "InvalidClientTokenId", 403);
            assertThat(e).isInstanceOf(IamException.class);
        }
    }
}
