package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SelfServicePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyLastUsed;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.StatusType;

/** IAM access keys through the real SDK: limits, deactivation, deletion and last-use tracking. */
@GatehouseTest
class AccessKeySdkTest {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void updateAccessKeyWhenInactiveThenKeyIsRejectedUntilActive() {
        String name = unique("keys");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName(SelfServicePolicy.NAME)
                    .policyDocument(SelfServicePolicy.DOCUMENT));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            try (IamClient asUser = QueryClients.iamAs(key.accessKeyId(), key.secretAccessKey())) {
                asUser.getUser();
                iam.updateAccessKey(r -> r.userName(name).accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
                assertThat(iam.listAccessKeys(r -> r.userName(name)).accessKeyMetadata())
                        .extracting(m -> m.status()).containsExactly(StatusType.INACTIVE);
                assertAwsError(asUser::getUser, "InvalidClientTokenId", 403);
                iam.updateAccessKey(r -> r.userName(name).accessKeyId(key.accessKeyId()).status(StatusType.ACTIVE));
                assertThat(asUser.getUser().user().userName()).isEqualTo(name);
                iam.deleteAccessKey(r -> r.userName(name).accessKeyId(key.accessKeyId()));
                assertAwsError(asUser::getUser, "InvalidClientTokenId", 403);
            }
        }
    }

    @Test
    void createAccessKeyWhenUserHasTwoThenLimitExceededAndSelfServiceWorks() {
        String name = unique("limit");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName(SelfServicePolicy.NAME)
                    .policyDocument(SelfServicePolicy.DOCUMENT));
            AccessKey first = iam.createAccessKey(r -> r.userName(name)).accessKey();
            try (IamClient asUser = QueryClients.iamAs(first.accessKeyId(), first.secretAccessKey())) {
                AccessKey second = asUser.createAccessKey().accessKey();
                assertThat(second.userName()).isEqualTo(name);
                assertThat(asUser.listAccessKeys().accessKeyMetadata()).hasSize(2);
                var e = assertAwsError(asUser::createAccessKey, "LimitExceeded", 409);
                assertThat(e).isInstanceOf(LimitExceededException.class);
                asUser.deleteAccessKey(r -> r.accessKeyId(second.accessKeyId()));
            }
            assertAwsError(() -> iam.updateAccessKey(r -> r.userName(name).accessKeyId("AKIANOSUCHKEY0000009")
                    .status(StatusType.ACTIVE)), "NoSuchEntity", 404);
            assertAwsError(() -> iam.updateAccessKey(r -> r.userName(name).accessKeyId(first.accessKeyId())
                    .status("Paused")), "ValidationError", 400);
        }
    }

    @Test
    void getAccessKeyLastUsedWhenKeySignedThenIamServiceAndRegion() throws InterruptedException {
        String name = unique("used");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName(SelfServicePolicy.NAME)
                    .policyDocument(SelfServicePolicy.DOCUMENT));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            AccessKeyLastUsed before = iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).accessKeyLastUsed();
            assertThat(before.lastUsedDate()).isNull();
            assertThat(before.serviceName()).isEqualTo("N/A");
            try (IamClient asUser = QueryClients.iamAs(key.accessKeyId(), key.secretAccessKey())) {
                asUser.getUser();
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            AccessKeyLastUsed used = before;
            while (used.lastUsedDate() == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                used = iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).accessKeyLastUsed();
            }
            assertThat(used.lastUsedDate()).isNotNull();
            assertThat(used.serviceName()).isEqualTo("iam");
            assertThat(used.region()).isEqualTo("us-east-1");
            assertThat(iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).userName()).isEqualTo(name);
        }
    }
}
