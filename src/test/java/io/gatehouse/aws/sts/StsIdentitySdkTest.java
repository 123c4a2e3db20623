package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** STS GetCallerIdentity through the real SDK's query protocol. */
@GatehouseTest
class StsIdentitySdkTest {

    private static final String OTHER_ACCOUNT = "333333333333";
    private static final String OTHER_KEY = "AKIASTSOTHERACCT0001";
    private static final String OTHER_SECRET = "sts-other-account-secret-00000000000000000";

    @Test
    void getCallerIdentityWhenRootThenRootArnAndAccount() {
        try (StsClient sts = QueryClients.sts()) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            assertThat(identity.account()).isEqualTo(SignedRequests.ACCOUNT_ID);
            assertThat(identity.arn()).isEqualTo(SignedRequests.ROOT_ARN);
            assertThat(identity.userId()).isEqualTo(SignedRequests.ACCOUNT_ID);
            assertThat(identity.responseMetadata().requestId()).isNotBlank();
        }
    }

    @Test
    void getCallerIdentityWhenOtherAccountThenThatAccount() {
        TestAccounts.root(OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET);
        try (StsClient sts = QueryClients.stsAs(OTHER_KEY, OTHER_SECRET)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            assertThat(identity.account()).isEqualTo(OTHER_ACCOUNT);
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + OTHER_ACCOUNT + ":root");
        }
    }

    @Test
    void getCallerIdentityWhenUnknownKeyThenInvalidClientTokenId() {
        try (StsClient sts = QueryClients.stsAs("AKIANOSUCHKEY0000002", "whatever")) {
            var e = assertAwsError(sts::getCallerIdentity, "InvalidClientTokenId", 403);
            assertThat(e).isInstanceOf(StsException.class);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid");
        }
    }

    @Test
    void getCallerIdentityWhenWrongSecretThenSignatureDoesNotMatch() {
        try (StsClient sts = QueryClients.stsAs(SignedRequests.ACCESS_KEY_ID, "wrong-secret")) {
            assertAwsError(sts::getCallerIdentity, "SignatureDoesNotMatch", 403);
        }
    }

    @Test
    void getCallerIdentityWhenUnsignedThenMissingAuthenticationToken() {
        try (StsClient sts = QueryClients.stsUnsigned()) {
            var e = assertAwsError(sts::getCallerIdentity, "MissingAuthenticationToken", 403);
            assertThat(e).isInstanceOf(StsException.class);
        }
    }
}
