package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Tag;

/** IAM OpenID Connect providers through the real AWS SDK's IamClient, and the provider of each user pool. */
@GatehouseTest
class OidcProviderSdkTest {

    private static final String ACCOUNT = "000000000000";
    private static final String OTHER_ACCOUNT = "666666666612";
    private static final String OTHER_KEY = "AKIAOIDCPROVOTHER001";
    private static final String OTHER_SECRET = "oidc-provider-other-account-secret-00000";
    private static final String THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

    @Inject
    Issuer issuer;

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
    void createWhenValidThenGetListClientIdsThumbprintsAndTagsWork() {
        String url = "https://token.example.com/" + suffix;
        var created = iam.createOpenIDConnectProvider(r -> r.url(url).clientIDList("app-a", "app-b")
                .thumbprintList(THUMBPRINT).tags(Tag.builder().key("team").value("platform").build()));
        String arn = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/token.example.com/" + suffix;
        assertThat(created.openIDConnectProviderArn()).isEqualTo(arn);
        assertThat(created.tags()).containsExactly(Tag.builder().key("team").value("platform").build());

        GetOpenIdConnectProviderResponse got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertThat(got.url()).isEqualTo("token.example.com/" + suffix);
        assertThat(got.clientIDList()).containsExactly("app-a", "app-b");
        assertThat(got.thumbprintList()).containsExactly(THUMBPRINT);
        assertThat(got.createDate()).isNotNull();
        assertThat(got.tags()).extracting(Tag::key).containsExactly("team");
        assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList())
                .extracting(OpenIDConnectProviderListEntry::arn).contains(arn);

        iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("app-c"));
        iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("app-c"));
        iam.removeClientIDFromOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("app-a"));
        iam.removeClientIDFromOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("never-added"));
        iam.updateOpenIDConnectProviderThumbprint(r -> r.openIDConnectProviderArn(arn)
                .thumbprintList(THUMBPRINT.toUpperCase(), "0000000000000000000000000000000000000000"));
        iam.tagOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)
                .tags(Tag.builder().key("env").value("dev").build()));
        iam.untagOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).tagKeys("team"));

        got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertThat(got.clientIDList()).containsExactly("app-b", "app-c");
        assertThat(got.thumbprintList()).containsExactly(THUMBPRINT.toUpperCase(), "0000000000000000000000000000000000000000");
        var tags = iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(arn));
        assertThat(tags.tags()).containsExactly(Tag.builder().key("env").value("dev").build());
        assertThat(tags.isTruncated()).isFalse();

        iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertAwsError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)), "NoSuchEntity", 404);
        assertAwsError(() -> iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)), "NoSuchEntity", 404);
    }

    @Test
    void createWhenUrlNotHttpsThenInvalidInputUnlessLoopback() {
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url("http://token.example.com/" + suffix)
                .clientIDList("a")), "InvalidInput", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://token.example.com/x?q=" + suffix)),
                "InvalidInput", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://token.example.com/x#" + suffix)),
                "InvalidInput", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url("token.example.com/" + suffix)),
                "InvalidInput", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://" + "a".repeat(250) + ".com")),
                "ValidationError", 400);

        String arn = iam.createOpenIDConnectProvider(r -> r.url("http://127.0.0.1:9/" + suffix))
                .openIDConnectProviderArn();
        assertThat(arn).isEqualTo("arn:aws:iam::" + ACCOUNT + ":oidc-provider/127.0.0.1:9/" + suffix);
        assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)).clientIDList()).isEmpty();
        iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    }

    @Test
    void createWhenDuplicateOrOverLimitsThenIamErrors() {
        String url = "https://dup.example.com/" + suffix;
        iam.createOpenIDConnectProvider(r -> r.url(url).clientIDList("a"));
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(url).clientIDList("b")),
                "EntityAlreadyExists", 409);

        String other = "https://limits.example.com/" + suffix;
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(other).thumbprintList("abc")),
                "ValidationError", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(other).thumbprintList("g".repeat(40))),
                "ValidationError", 400);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(other)
                .thumbprintList(IntStream.range(0, 6).mapToObj(i -> String.valueOf(i).repeat(40)).toList())),
                "LimitExceeded", 409);
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "client-" + i).toList();
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(other).clientIDList(tooMany)),
                "LimitExceeded", 409);
        assertAwsError(() -> iam.createOpenIDConnectProvider(r -> r.url(other).clientIDList("x".repeat(256))),
                "ValidationError", 400);
        assertAwsError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(
                "arn:aws:iam::" + ACCOUNT + ":oidc-provider/limits.example.com/" + suffix)), "NoSuchEntity", 404);
        assertAwsError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn("not-an-arn")),
                "ValidationError", 400);
    }

    @Test
    void providerOfAnotherAccountWhenAddressedThenNoSuchEntity() {
        String arn = iam.createOpenIDConnectProvider(r -> r.url("https://tenant.example.com/" + suffix).clientIDList("a"))
                .openIDConnectProviderArn();
        TestAccounts.root(OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET);
        try (IamClient other = QueryClients.iamAs(OTHER_KEY, OTHER_SECRET)) {
            assertAwsError(() -> other.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)), "NoSuchEntity", 404);
            assertAwsError(() -> other.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)),
                    "NoSuchEntity", 404);
            assertAwsError(() -> other.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)
                    .clientID("evil")), "NoSuchEntity", 404);
            assertThat(other.listOpenIDConnectProviders().openIDConnectProviderList())
                    .extracting(OpenIDConnectProviderListEntry::arn).doesNotContain(arn);
            String own = other.createOpenIDConnectProvider(r -> r.url("https://tenant.example.com/" + suffix))
                    .openIDConnectProviderArn();
            assertThat(own).isEqualTo("arn:aws:iam::" + OTHER_ACCOUNT + ":oidc-provider/tenant.example.com/" + suffix);
        }
        assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)).clientIDList()).containsExactly("a");
    }

    @Test
    void iamUserWithoutPermissionWhenManagingProvidersThenAccessDenied() {
        String user = "oidc-" + suffix;
        iam.createUser(r -> r.userName(user));
        AccessKey key = iam.createAccessKey(r -> r.userName(user)).accessKey();
        try (IamClient denied = QueryClients.iamAs(key.accessKeyId(), key.secretAccessKey())) {
            assertAwsError(() -> denied.createOpenIDConnectProvider(r -> r.url("https://denied.example.com/" + suffix)),
                    "AccessDenied", 403);
            assertAwsError(denied::listOpenIDConnectProviders, "AccessDenied", 403);
        }
        assertAwsError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(
                "arn:aws:iam::" + ACCOUNT + ":oidc-provider/denied.example.com/" + suffix)), "NoSuchEntity", 404);
    }

    @Test
    void userPoolWhenCreatedThenItsProviderFollowsAppClientsAndGoesWithThePool() {
        try (CognitoIdentityProviderClient cognito = CognitoClients.root()) {
            String poolId = cognito.createUserPool(r -> r.poolName("oidc-" + suffix)).userPool().id();
            String arn = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + issuer.of(poolId).replaceFirst("^https?://", "");
            assertThat(arn).endsWith(":oidc-provider/localhost:8080/" + poolId);

            GetOpenIdConnectProviderResponse got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
            assertThat(got.url()).isEqualTo("localhost:8080/" + poolId);
            assertThat(got.clientIDList()).isEmpty();

            String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
                    .userPoolClient().clientId();
            iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("extra"));
            assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)).clientIDList())
                    .containsExactlyInAnyOrder("extra", clientId);
            assertAwsError(() -> iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)),
                    "UnmodifiableEntity", 400);

            cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));
            assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)).clientIDList())
                    .containsExactly("extra");

            cognito.deleteUserPool(r -> r.userPoolId(poolId));
            assertAwsError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)), "NoSuchEntity", 404);
            assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList())
                    .extracting(OpenIDConnectProviderListEntry::arn).doesNotContain(arn);
        }
    }
}
