package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool and ListUserPools through the AWS SDK. */
@GatehouseTest
class UserPoolSdkTest {

    private CognitoIdentityProviderClient cognito;

    @BeforeEach
    void client() {
        cognito = CognitoClients.root();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createUserPoolWhenNamedThenDescribedWithArnAndDates() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String name = PoolFixtures.unique("sdk-pool");

        UserPoolType created = cognito.createUserPool(r -> r.poolName(name)
                .autoVerifiedAttributesWithStrings("email")).userPool();

        assertThat(created.id()).matches("us-east-1_[0-9A-Za-z]{9}");
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:" + SignedRequests.ACCOUNT_ID
                + ":userpool/" + created.id());
        assertThat(created.creationDate()).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
        assertThat(created.lastModifiedDate()).isEqualTo(created.creationDate());
        UserPoolType described = cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool();
        assertThat(described.id()).isEqualTo(created.id());
        assertThat(described.name()).isEqualTo(name);
        assertThat(described.arn()).isEqualTo(created.arn());
        assertThat(described.creationDate()).isEqualTo(created.creationDate());
        assertThat(described.usernameConfiguration().caseSensitive()).isFalse();
    }

    @Test
    void createUserPoolWhenNameMissingThenInvalidParameter() {
        assertAwsError(() -> cognito.createUserPool(r -> r.autoVerifiedAttributesWithStrings("email")),
                "InvalidParameterException", 400);
    }

    @Test
    void createUserPoolWhenNameInvalidThenInvalidParameter() {
        assertThatInvalid(() -> cognito.createUserPool(r -> r.poolName("bad/name")));
    }

    @Test
    void updateUserPoolWhenRenamedThenDescribeShowsNewNameAndLaterModification() {
        UserPoolType created = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("before"))).userPool();
        String renamed = PoolFixtures.unique("after");

        cognito.updateUserPool(r -> r.userPoolId(created.id()).poolName(renamed));

        UserPoolType described = cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool();
        assertThat(described.name()).isEqualTo(renamed);
        assertThat(described.lastModifiedDate()).isAfterOrEqualTo(created.lastModifiedDate());
        assertThat(described.creationDate()).isEqualTo(created.creationDate());
    }

    @Test
    void updateUserPoolWhenNoNameThenNameKept() {
        UserPoolType created = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("kept"))).userPool();

        cognito.updateUserPool(r -> r.userPoolId(created.id()).autoVerifiedAttributesWithStrings("email"));

        assertThat(cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool().name()).isEqualTo(created.name());
    }

    @Test
    void deleteUserPoolWhenExistsThenDescribeIsResourceNotFound() {
        String id = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("doomed"))).userPool().id();

        cognito.deleteUserPool(r -> r.userPoolId(id));

        assertThatThrownByResourceNotFound(() -> cognito.describeUserPool(r -> r.userPoolId(id)));
    }

    @Test
    void describeUserPoolWhenUnknownThenResourceNotFound() {
        assertThatThrownByResourceNotFound(() -> cognito.describeUserPool(r -> r.userPoolId("us-east-1_Nope12345")));
        assertThatThrownByResourceNotFound(() -> cognito.updateUserPool(r -> r.userPoolId("us-east-1_Nope12345")
                .poolName("x")));
        assertThatThrownByResourceNotFound(() -> cognito.deleteUserPool(r -> r.userPoolId("us-east-1_Nope12345")));
    }

    @Test
    void listUserPoolsWhenPagedThenEveryPoolOnceAcrossPages() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("paged"))).userPool().id());
        }
        List<UserPoolDescriptionType> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListUserPoolsResponse page = cognito.listUserPools(r -> r.maxResults(2).nextToken(next));
            assertThat(page.userPools()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.userPools());
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 1000);

        assertThat(seen).extracting(UserPoolDescriptionType::id).doesNotHaveDuplicates().containsAll(mine);
        assertThat(seen).filteredOn(p -> p.id().equals(mine.get(0))).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).startsWith("paged-");
                    assertThat(p.creationDate()).isNotNull();
                    assertThat(p.lastModifiedDate()).isNotNull();
                });
    }

    @Test
    void listUserPoolsWhenMaxResultsOutOfRangeThenInvalidParameter() {
        assertThatInvalid(() -> cognito.listUserPools(r -> r.maxResults(0)));
        assertThatInvalid(() -> cognito.listUserPools(r -> r.maxResults(61)));
        assertThatInvalid(() -> cognito.listUserPools(r -> r.nextToken(null)));
    }

    @Test
    void listUserPoolsWhenTokenGarbageThenInvalidParameter() {
        assertThatInvalid(() -> cognito.listUserPools(r -> r.maxResults(10).nextToken("%%%not-a-token")));
    }

    private static void assertThatInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        CognitoIdentityProviderException e = (CognitoIdentityProviderException) assertAwsError(call,
                "InvalidParameterException", 400);
        assertThat(e).isInstanceOf(InvalidParameterException.class);
        assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
    }

    private static void assertThatThrownByResourceNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThat(assertAwsError(call, "ResourceNotFoundException", 400)).isInstanceOf(ResourceNotFoundException.class);
    }
}
