package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.GatehouseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** App clients through the AWS SDK: create with and without secret, describe, update, list, delete. */
@GatehouseTest
class UserPoolClientSdkTest {

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void pool() {
        cognito = CognitoClients.root();
        poolId = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("clients"))).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createUserPoolClientWhenCodeFlowThenSettingsEchoedWithoutSecret() {
        UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
                .allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthScopes("openid", "email").callbackURLs("https://app.example.com/cb")
                .logoutURLs("https://app.example.com/bye")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)
                .accessTokenValidity(30).idTokenValidity(2).refreshTokenValidity(7)
                .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.HOURS)
                        .refreshToken(TimeUnitsType.DAYS))).userPoolClient();

        assertThat(client.clientId()).matches("[a-z0-9]{26}");
        assertThat(client.userPoolId()).isEqualTo(poolId);
        assertThat(client.clientName()).isEqualTo("web");
        assertThat(client.clientSecret()).isNull();
        assertThat(client.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
        assertThat(client.allowedOAuthFlowsUserPoolClient()).isTrue();
        assertThat(client.allowedOAuthScopes()).containsExactly("openid", "email");
        assertThat(client.callbackURLs()).containsExactly("https://app.example.com/cb");
        assertThat(client.logoutURLs()).containsExactly("https://app.example.com/bye");
        assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        assertThat(client.accessTokenValidity()).isEqualTo(30);
        assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(client.idTokenValidity()).isEqualTo(2);
        assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.HOURS);
        assertThat(client.refreshTokenValidity()).isEqualTo(7);
        assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
        assertThat(client.creationDate()).isNotNull();
        UserPoolClientType described = describe(client.clientId());
        assertThat(described.clientName()).isEqualTo("web");
        assertThat(described.callbackURLs()).containsExactly("https://app.example.com/cb");
    }

    @Test
    void createUserPoolClientWhenGenerateSecretThenSecretDescribedAndClientCredentialsAllowed() {
        String identifier = "https://api.example.com";
        cognito.createResourceServer(r -> r.userPoolId(poolId).identifier(identifier).name("api")
                .scopes(s -> s.scopeName("read").scopeDescription("Read")));

        UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("service")
                .generateSecret(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes(identifier + "/read")).userPoolClient();

        assertThat(client.clientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(client.allowedOAuthFlows()).containsExactly(OAuthFlowType.CLIENT_CREDENTIALS);
        assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        assertThat(client.accessTokenValidity()).isEqualTo(1);
        assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.HOURS);
        assertThat(client.refreshTokenValidity()).isEqualTo(30);
        assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
        assertThat(describe(client.clientId()).clientSecret()).as("readable, encrypted at rest")
                .isEqualTo(client.clientSecret());
    }

    @Test
    void createUserPoolClientWhenImplicitFlowThenInvalidParameter() {
        assertAwsError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("spa")
                .allowedOAuthFlows(OAuthFlowType.IMPLICIT).callbackURLs("https://app.example.com/cb")),
                "InvalidParameterException", 400);
    }

    @Test
    void createUserPoolClientWhenPublicClientCredentialsThenInvalidParameterAndNothingCreated() {
        assertAwsError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("bad")
                .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)), "InvalidParameterException", 400);

        assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).isEmpty();
    }

    @Test
    void createUserPoolClientWhenPoolUnknownThenResourceNotFound() {
        assertAwsError(() -> cognito.createUserPoolClient(r -> r.userPoolId("us-east-1_Nope12345").clientName("x")),
                "ResourceNotFoundException", 400);
    }

    @Test
    void updateUserPoolClientWhenChangedThenOmittedSettingsReset() {
        String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("before")
                .allowedOAuthFlows(OAuthFlowType.CODE).callbackURLs("https://app.example.com/cb")
                .allowedOAuthScopes("openid").accessTokenValidity(2)).userPoolClient().clientId();

        UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)
                .clientName("after").allowedOAuthFlows(OAuthFlowType.CODE)
                .callbackURLs("https://app.example.com/other")).userPoolClient();

        assertThat(updated.clientName()).isEqualTo("after");
        assertThat(updated.callbackURLs()).containsExactly("https://app.example.com/other");
        assertThat(updated.allowedOAuthScopes()).isEmpty();
        assertThat(updated.accessTokenValidity()).isEqualTo(1);
        assertThat(describe(clientId).clientName()).isEqualTo("after");
    }

    @Test
    void listUserPoolClientsWhenPagedThenAllOnceAndDeleteRemoves() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "c" + i;
            ids.add(cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName(name)).userPoolClient().clientId());
        }
        ListUserPoolClientsResponse first = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(2));
        ListUserPoolClientsResponse second = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(2)
                .nextToken(first.nextToken()));

        assertThat(first.userPoolClients()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.nextToken()).isNull();
        List<UserPoolClientDescription> all = new ArrayList<>(first.userPoolClients());
        all.addAll(second.userPoolClients());
        assertThat(all).extracting(UserPoolClientDescription::clientId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all).allSatisfy(c -> assertThat(c.userPoolId()).isEqualTo(poolId));

        cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(ids.get(0)));

        assertAwsError(() -> describe(ids.get(0)), "ResourceNotFoundException", 400);
        assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).hasSize(2);
    }

    private UserPoolClientType describe(String clientId) {
        return cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient();
    }
}
