package io.gatehouse.aws.cognitoidentity;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/**
 * Developer-authenticated identities with the AWS SDK: the backend's signed
 * GetOpenIdTokenForDeveloperIdentity, the app's GetCredentialsForIdentity with that token, lookup,
 * merge, unlink, and deleting identities.
 */
@GatehouseTest
class DeveloperIdentitySdkTest {

    private CognitoIdentityClient backend;
    private CognitoIdentityClient app;
    private String developer;
    private String poolId;

    @BeforeEach
    void pool() {
        backend = IdentityPoolClients.root();
        app = IdentityPoolClients.unsigned();
        developer = IdentityPoolAdminSdkTest.unique("login.backend");
        poolId = backend.createIdentityPool(r -> r.identityPoolName("developers").allowUnauthenticatedIdentities(true)
                .developerProviderName(developer)).identityPoolId();
    }

    @Test
    void developerTokenWhenIssuedThenStableIdentityAndCredentials() {
        String role = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        backend.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", role)));

        GetOpenIdTokenForDeveloperIdentityResponse first = token("alice");
        assertThat(first.identityId()).startsWith("us-east-1:");
        assertThat(first.token()).isNotBlank();
        assertThat(token("alice").identityId()).isEqualTo(first.identityId());
        assertThat(token("bob").identityId()).isNotEqualTo(first.identityId());

        Credentials credentials = app.getCredentialsForIdentity(r -> r.identityId(first.identityId())
                .logins(Map.of("cognito-identity.amazonaws.com", first.token()))).credentials();
        assertThat(IdentityPoolCredentialsSdkTest.callerArn(credentials))
                .contains(role.substring(role.indexOf('/') + 1)).endsWith("/CognitoIdentityCredentials");
        assertThat(backend.describeIdentity(r -> r.identityId(first.identityId())).logins()).containsExactly(developer);

        String other = token("carol").identityId();
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(other)
                .logins(Map.of("cognito-identity.amazonaws.com", first.token()))), "ResourceConflictException", 400);
        assertAwsError(() -> backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .identityId(other).logins(Map.of(developer, "alice"))), "DeveloperUserAlreadyRegisteredException", 400);
    }

    @Test
    void developerTokenWhenInputInvalidThenAwsErrors() {
        assertAwsError(() -> backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .logins(Map.of("other.provider", "alice"))), "InvalidParameterException", 400);
        assertAwsError(() -> backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .logins(Map.of(developer, "alice")).tokenDuration(86_401L)), "InvalidParameterException", 400);
        assertAwsError(() -> backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .logins(Map.of(developer, "x".repeat(1025)))), "InvalidParameterException", 400);
        assertAwsError(() -> backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)),
                "InvalidParameterException", 400);
        assertAwsError(() -> IdentityPoolAdminSdkTest.newAccount().getOpenIdTokenForDeveloperIdentity(r -> r
                .identityPoolId(poolId).logins(Map.of(developer, "alice"))), "ResourceNotFoundException", 400);
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(token("dave").identityId())
                .logins(Map.of("cognito-identity.amazonaws.com", "not.a.token"))), "NotAuthorizedException", 400);
    }

    @Test
    void developerTokenWhenExpiredThenNotAuthorized() throws InterruptedException {
        var issued = backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .logins(Map.of(developer, "erin")).tokenDuration(1L));
        Thread.sleep(2_100);
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(issued.identityId())
                .logins(Map.of("cognito-identity.amazonaws.com", issued.token()))), "NotAuthorizedException", 400);
    }

    @Test
    void lookupMergeAndUnlinkWhenCalledThenLinksMove() {
        String alice = token("alice").identityId();
        String bob = token("bob").identityId();
        var looked = backend.lookupDeveloperIdentity(r -> r.identityPoolId(poolId).developerUserIdentifier("alice")
                .maxResults(10));
        assertThat(looked.identityId()).isEqualTo(alice);
        assertThat(looked.developerUserIdentifierList()).containsExactly("alice");
        assertAwsError(() -> backend.lookupDeveloperIdentity(r -> r.identityPoolId(poolId)
                .developerUserIdentifier("nobody")), "ResourceNotFoundException", 400);

        String merged = backend.mergeDeveloperIdentities(r -> r.identityPoolId(poolId).developerProviderName(developer)
                .sourceUserIdentifier("bob").destinationUserIdentifier("alice")).identityId();
        assertThat(merged).isEqualTo(alice);
        assertThat(backend.lookupDeveloperIdentity(r -> r.identityPoolId(poolId).identityId(alice))
                .developerUserIdentifierList()).containsExactlyInAnyOrder("alice", "bob");
        assertAwsError(() -> backend.describeIdentity(r -> r.identityId(bob)), "ResourceNotFoundException", 400);
        assertThat(token("bob").identityId()).isEqualTo(alice);

        backend.unlinkDeveloperIdentity(r -> r.identityPoolId(poolId).identityId(alice).developerProviderName(developer)
                .developerUserIdentifier("bob"));
        assertThat(backend.lookupDeveloperIdentity(r -> r.identityPoolId(poolId).identityId(alice))
                .developerUserIdentifierList()).containsExactly("alice");
        assertAwsError(() -> backend.unlinkDeveloperIdentity(r -> r.identityPoolId(poolId).identityId(alice)
                .developerProviderName(developer).developerUserIdentifier("bob")), "NotAuthorizedException", 400);
        assertAwsError(() -> backend.mergeDeveloperIdentities(r -> r.identityPoolId(poolId).developerProviderName("wrong")
                .sourceUserIdentifier("alice").destinationUserIdentifier("alice")), "InvalidParameterException", 400);
    }

    @Test
    void deleteIdentitiesWhenCalledThenGoneAndUnknownReported() {
        String guest = app.getId(r -> r.identityPoolId(poolId)).identityId();
        String alice = token("alice").identityId();
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";
        var listed = backend.listIdentities(r -> r.identityPoolId(poolId).maxResults(60));
        assertThat(listed.identities()).extracting(i -> i.identityId()).containsExactlyInAnyOrder(guest, alice);

        var deleted = backend.deleteIdentities(r -> r.identityIdsToDelete(guest, alice, unknown));
        assertThat(deleted.unprocessedIdentityIds()).singleElement().satisfies(u -> {
            assertThat(u.identityId()).isEqualTo(unknown);
            assertThat(u.errorCodeAsString()).isEqualTo("AccessDenied");
        });
        assertAwsError(() -> backend.describeIdentity(r -> r.identityId(alice)), "ResourceNotFoundException", 400);
        assertThat(backend.listIdentities(r -> r.identityPoolId(poolId).maxResults(60)).identities()).isEmpty();
        assertThat(token("alice").identityId()).isNotEqualTo(alice);
        assertAwsError(() -> backend.deleteIdentities(r -> r.identityIdsToDelete(List.of())), "InvalidParameterException", 400);
        assertAwsError(() -> backend.listIdentities(r -> r.identityPoolId(poolId)), "InvalidParameterException", 400);
    }

    private GetOpenIdTokenForDeveloperIdentityResponse token(String user) {
        return backend.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId).logins(Map.of(developer, user)));
    }
}
