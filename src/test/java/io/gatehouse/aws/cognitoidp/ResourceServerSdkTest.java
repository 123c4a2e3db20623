package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

/** Resource servers through the AWS SDK. */
@GatehouseTest
class ResourceServerSdkTest {

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void pool() {
        cognito = CognitoClients.root();
        poolId = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("rs"))).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createResourceServerWhenScopesThenDescribedWithScopes() {
        ResourceServerType created = cognito.createResourceServer(r -> r.userPoolId(poolId)
                .identifier("https://api.example.com").name("api")
                .scopes(s -> s.scopeName("read").scopeDescription("Read things"),
                        s -> s.scopeName("write").scopeDescription("Write things"))).resourceServer();

        assertThat(created.userPoolId()).isEqualTo(poolId);
        assertThat(created.identifier()).isEqualTo("https://api.example.com");
        assertThat(created.name()).isEqualTo("api");
        assertThat(created.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
        ResourceServerType described = cognito.describeResourceServer(r -> r.userPoolId(poolId)
                .identifier("https://api.example.com")).resourceServer();
        assertThat(described.scopes()).extracting(ResourceServerScopeType::scopeDescription)
                .containsExactly("Read things", "Write things");
    }

    @Test
    void createResourceServerWhenDuplicateThenResourceConflict() {
        cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("dup").name("one"));

        assertAwsError(() -> cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("dup").name("two")),
                "ResourceConflictException", 400);
    }

    @Test
    void updateResourceServerWhenChangedThenNewNameAndScopes() {
        cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("upd").name("old")
                .scopes(s -> s.scopeName("a").scopeDescription("A")));

        ResourceServerType updated = cognito.updateResourceServer(r -> r.userPoolId(poolId).identifier("upd").name("new")
                .scopes(s -> s.scopeName("b").scopeDescription("B"))).resourceServer();

        assertThat(updated.name()).isEqualTo("new");
        assertThat(updated.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("b");
    }

    @Test
    void listResourceServersWhenPagedThenIdentifierOrderAndDeleteRemoves() {
        for (String id : new String[] {"c-api", "a-api", "b-api"}) {
            cognito.createResourceServer(r -> r.userPoolId(poolId).identifier(id).name(id));
        }
        ListResourceServersResponse first = cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(2));
        ListResourceServersResponse second = cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(2)
                .nextToken(first.nextToken()));

        assertThat(first.resourceServers()).extracting(ResourceServerType::identifier).containsExactly("a-api", "b-api");
        assertThat(second.resourceServers()).extracting(ResourceServerType::identifier).containsExactly("c-api");
        assertThat(second.nextToken()).isNull();

        cognito.deleteResourceServer(r -> r.userPoolId(poolId).identifier("b-api"));

        assertAwsError(() -> cognito.describeResourceServer(r -> r.userPoolId(poolId).identifier("b-api")),
                "ResourceNotFoundException", 400);
        assertAwsError(() -> cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(51)),
                "InvalidParameterException", 400);
    }
}
