package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * A user pool with an app client and a user, an identity pool trusting that client, and IAM roles
 * whose trust policy names {@code cognito-identity.amazonaws.com} for that identity pool.
 */
final class IdentityPoolFixtures {

    /** The role's permissions: list user pools, nothing else. */
    static final String LIST_USER_POOLS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools","Resource":"*"}]}""";

    private IdentityPoolFixtures() {
    }

    /** A user pool, a public client signing in with a password, and one user. */
    record UserPool(String poolId, String clientId, String username) {

        String providerName() {
            return "cognito-idp.us-east-1.amazonaws.com/" + poolId;
        }

        CognitoIdentityProvider provider() {
            return CognitoIdentityProvider.builder().providerName(providerName()).clientId(clientId).build();
        }

        /** An ID token from InitiateAuth USER_PASSWORD_AUTH. */
        String idToken(String user) {
            return CognitoClients.unsigned().initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", user, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult().idToken();
        }

        String idToken() {
            return idToken(username);
        }
    }

    static UserPool userPool() {
        String poolId = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(poolId, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(poolId, "idp", Map.of("email", PoolFixtures.unique("u") + "@example.com"));
        return new UserPool(poolId, client.clientId(), username);
    }

    /**
     * A role assumable by identities of {@code identityPoolId} whose amr contains {@code amr}
     * ({@code authenticated} or {@code unauthenticated}), allowed {@code permissions}; returns its ARN.
     */
    static String role(String identityPoolId, String amr, String permissions) {
        String name = PoolFixtures.unique("IdentityRole");
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"Federated":"cognito-identity.amazonaws.com"},
                  "Action":["sts:AssumeRoleWithWebIdentity","sts:TagSession"],
                  "Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"%s"},
                               "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"%s"}}}]}"""
                .formatted(identityPoolId, amr);
        String arn = QueryClients.iam().createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust)).role().arn();
        QueryClients.iam().putRolePolicy(r -> r.roleName(name).policyName("permissions").policyDocument(permissions));
        return arn;
    }
}
