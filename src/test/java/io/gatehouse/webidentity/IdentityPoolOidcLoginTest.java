package io.gatehouse.webidentity;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.aws.cognitoidentity.IdentityPoolClients;
import io.gatehouse.aws.cognitoidentity.IdentityPoolCredentialsSdkTest;
import io.gatehouse.aws.cognitoidentity.IdentityPoolFixtures;
import io.gatehouse.iam.OidcProvider;
import io.gatehouse.iam.OidcProviderService;
import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Identity-pool logins from an external OIDC issuer the test runs itself ({@link TestIssuer}),
 * registered as an IAM OIDC provider and listed in the pool's OpenIdConnectProviderARNs: the key
 * is the provider name (issuer without scheme), the identity is stable, and tokens for another
 * audience or from a provider the pool does not list are refused.
 */
@GatehouseTest
class IdentityPoolOidcLoginTest {

    private static final String ACCOUNT = "000000000000";
    private static final String AUDIENCE = "pool-app";

    @Inject
    OidcProviderService providers;

    private TestIssuer idp;
    private String providerArn;

    @BeforeEach
    void start() {
        idp = TestIssuer.start();
        OidcProvider provider = providers.create(ACCOUNT, "test", idp.url(), List.of(AUDIENCE), List.of(), Map.of());
        providerArn = provider.arn();
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void oidcLoginWhenProviderListedThenStableIdentityAndCredentials() {
        CognitoIdentityClient admin = IdentityPoolClients.root();
        CognitoIdentityClient app = IdentityPoolClients.unsigned();
        String name = idp.url().substring("http://".length());
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("oidc").allowUnauthenticatedIdentities(false)
                .openIdConnectProviderARNs(providerArn)).identityPoolId();
        String role = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", role)));

        Map<String, String> logins = Map.of(name, idp.rsaToken(AUDIENCE, b -> { }));
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        assertThat(app.getId(r -> r.identityPoolId(poolId).logins(Map.of(name, idp.ecToken(AUDIENCE, b -> { }))))
                .identityId()).isEqualTo(identityId);
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).containsExactly(name);
        var credentials = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
        assertThat(IdentityPoolCredentialsSdkTest.callerArn(credentials)).contains(role.substring(role.indexOf('/') + 1));

        assertAwsError(() -> app.getId(r -> r.identityPoolId(poolId)
                .logins(Map.of(name, idp.rsaToken("someone-else", b -> { })))), "NotAuthorizedException", 400);
        String unlisted = admin.createIdentityPool(r -> r.identityPoolName("unlisted").allowUnauthenticatedIdentities(false))
                .identityPoolId();
        assertAwsError(() -> app.getId(r -> r.identityPoolId(unlisted).logins(logins)), "NotAuthorizedException", 400);
    }

    @Test
    void secondLoginWhenGivenWithIdentityThenLinkedAndUnlinkable() {
        CognitoIdentityClient admin = IdentityPoolClients.root();
        CognitoIdentityClient app = IdentityPoolClients.unsigned();
        IdentityPoolFixtures.UserPool users = IdentityPoolFixtures.userPool();
        String name = idp.url().substring("http://".length());
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("linking").allowUnauthenticatedIdentities(true)
                .openIdConnectProviderARNs(providerArn).cognitoIdentityProviders(users.provider())).identityPoolId();
        String role = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", role)));

        Map<String, String> userPoolLogin = Map.of(users.providerName(), users.idToken());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(userPoolLogin)).identityId();
        Map<String, String> both = Map.of(users.providerName(), users.idToken(), name, idp.rsaToken(AUDIENCE, b -> { }));
        app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(both));
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins())
                .containsExactlyInAnyOrder(users.providerName(), name);
        assertThat(app.getId(r -> r.identityPoolId(poolId).logins(Map.of(name, idp.rsaToken(AUDIENCE, b -> { }))))
                .identityId()).isEqualTo(identityId);

        String guest = app.getId(r -> r.identityPoolId(poolId)).identityId();
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(guest).logins(userPoolLogin)),
                "ResourceConflictException", 400);
        Map<String, String> newcomer = Map.of(name, idp.rsaToken(AUDIENCE, b -> b.subject("newcomer")));
        app.getCredentialsForIdentity(r -> r.identityId(guest).logins(newcomer));
        assertThat(admin.describeIdentity(r -> r.identityId(guest)).logins()).containsExactly(name);
        Map<String, String> stranger = Map.of(name, idp.rsaToken(AUDIENCE, b -> b.subject("stranger")));
        var hijack = assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(stranger)),
                "NotAuthorizedException", 400);
        assertThat(hijack.awsErrorDetails().errorMessage()).contains("Logins don't match");

        app.unlinkIdentity(r -> r.identityId(identityId).logins(userPoolLogin).loginsToRemove(name));
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).containsExactly(users.providerName());
        assertThat(app.getId(r -> r.identityPoolId(poolId).logins(Map.of(name, idp.rsaToken(AUDIENCE, b -> { }))))
                .identityId()).isNotEqualTo(identityId);
        assertAwsError(() -> app.unlinkIdentity(r -> r.identityId(identityId).logins(newcomer)
                .loginsToRemove(users.providerName())), "NotAuthorizedException", 400);
    }
}
