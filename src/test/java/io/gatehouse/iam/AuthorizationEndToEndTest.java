package io.gatehouse.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * Every signed call authorized by the policy engine, end to end through the real SDK clients: an
 * IAM user created with {@link IamClient}, given policies, signs with its own access key and is
 * allowed exactly what its policies allow, on the Cognito JSON protocol, the IAM query protocol and
 * the native REST API alike; denials carry AWS's message.
 */
@GatehouseTest
class AuthorizationEndToEndTest {

    private static final String ACCOUNT = SignedRequests.ACCOUNT_ID;

    private record Keys(String user, String id, String secret) {
        String arn() {
            return "arn:aws:iam::" + ACCOUNT + ":user/" + user;
        }
    }

    private static Keys userWithPolicy(String policy) {
        String user = "authz-" + UUID.randomUUID().toString().substring(0, 8);
        try (IamClient root = QueryClients.iam()) {
            root.createUser(r -> r.userName(user));
            if (policy != null) {
                root.putUserPolicy(r -> r.userName(user).policyName("inline").policyDocument(policy));
            }
            AccessKey key = root.createAccessKey(r -> r.userName(user)).accessKey();
            return new Keys(user, key.accessKeyId(), key.secretAccessKey());
        }
    }

    private static String allow(String actions, String resource) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":%s,"Resource":"%s"}]}"""
                .formatted(actions, resource);
    }

    private static String rootPool(String name) {
        try (CognitoIdentityProviderClient root = CognitoClients.root()) {
            return root.createUserPool(r -> r.poolName(name)).userPool().id();
        }
    }

    @Test
    void signedCallsWhenInlinePolicyThenAllowedWhatItAllowsAndDeniedTheRestOnEveryProtocol() {
        String poolId = rootPool("authz-read");
        Keys keys = userWithPolicy("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"ReadPools","Effect":"Allow","Action":["cognito-idp:ListUserPools","cognito-idp:Describe*"],
                   "Resource":"*"},
                  {"Sid":"Self","Effect":"Allow","Action":"iam:GetUser",
                   "Resource":"arn:aws:iam::000000000000:user/${aws:username}"}]}""");

        try (CognitoIdentityProviderClient cognito = CognitoClients.as(keys.id(), keys.secret());
             IamClient iam = QueryClients.iamAs(keys.id(), keys.secret())) {
            assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isNotEmpty();
            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().name()).isEqualTo("authz-read");
            AwsServiceException denied = assertAwsError(() -> cognito.createUserPool(r -> r.poolName("nope")),
                    "AccessDeniedException", 400);
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: " + keys.arn()
                    + " is not authorized to perform: cognito-idp:CreateUserPool on resource: * because no "
                    + "identity-based policy allows the cognito-idp:CreateUserPool action");

            assertThat(iam.getUser().user().userName()).isEqualTo(keys.user());
            AwsServiceException iamDenied = assertAwsError(() -> iam.createUser(r -> r.userName("mallory")),
                    "AccessDenied", 403);
            assertThat(iamDenied.awsErrorDetails().errorMessage()).isEqualTo("User: " + keys.arn()
                    + " is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::000000000000:user/mallory"
                    + " because no identity-based policy allows the iam:CreateUser action");
            assertAwsError(() -> iam.getUser(r -> r.userName("someone-else")), "AccessDenied", 403);
        }

        SignedRequests rest = SignedRequests.as(keys.id(), keys.secret());
        rest.get("/api/v1/user-pools/" + poolId).then().statusCode(200).body("name", equalTo("authz-read"));
        rest.post("/api/v1/user-pools", Map.of("name", "nope")).then().statusCode(403)
                .body("title", equalTo("AccessDenied"))
                .body("detail", equalTo("User: " + keys.arn() + " is not authorized to perform: "
                        + "cognito-idp:CreateUserPool on resource: * because no identity-based policy allows the "
                        + "cognito-idp:CreateUserPool action"));
        rest.delete("/api/v1/user-pools/" + poolId).then().statusCode(403);
    }

    @Test
    void deleteWhenExplicitDenyThenDeniedEvenWithAllow() {
        String poolId = rootPool("authz-deny");
        Keys keys = userWithPolicy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"cognito-idp:*","Resource":"*"},
                  {"Effect":"Deny","Action":"cognito-idp:DeleteUserPool","Resource":"*"}]}""");

        try (CognitoIdentityProviderClient cognito = CognitoClients.as(keys.id(), keys.secret())) {
            AwsServiceException denied = assertAwsError(() -> cognito.deleteUserPool(r -> r.userPoolId(poolId)),
                    "AccessDeniedException", 400);

            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: " + keys.arn()
                    + " is not authorized to perform: cognito-idp:DeleteUserPool on resource: arn:aws:cognito-idp:"
                    + "us-east-1:000000000000:userpool/" + poolId + " with an explicit deny in an identity-based policy");
            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().id()).isEqualTo(poolId);
        }
    }

    @Test
    void callWhenPermissionsBoundaryDoesNotAllowThenDenied() {
        String poolId = rootPool("authz-boundary");
        Keys keys = userWithPolicy(allow("\"cognito-idp:*\"", "*"));
        try (IamClient root = QueryClients.iam()) {
            String boundary = root.createPolicy(r -> r.policyName("boundary-" + keys.user())
                    .policyDocument(allow("\"cognito-idp:ListUserPools\"", "*"))).policy().arn();
            root.putUserPermissionsBoundary(r -> r.userName(keys.user()).permissionsBoundary(boundary));
        }

        try (CognitoIdentityProviderClient cognito = CognitoClients.as(keys.id(), keys.secret())) {
            assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            AwsServiceException denied = assertAwsError(() -> cognito.describeUserPool(r -> r.userPoolId(poolId)),
                    "AccessDeniedException", 400);
            assertThat(denied.awsErrorDetails().errorMessage()).endsWith(
                    "because no permissions boundary allows the cognito-idp:DescribeUserPool action");
        }
    }

    @Test
    void callWhenPolicyAddedThenAllowedOnTheNextRequest() {
        Keys keys = userWithPolicy(null);

        try (CognitoIdentityProviderClient cognito = CognitoClients.as(keys.id(), keys.secret());
             IamClient root = QueryClients.iam()) {
            assertAwsError(() -> cognito.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
            root.putUserPolicy(r -> r.userName(keys.user()).policyName("late")
                    .policyDocument(allow("\"cognito-idp:ListUserPools\"", "*")));

            assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();

            root.deleteUserPolicy(r -> r.userName(keys.user()).policyName("late"));
            assertAwsError(() -> cognito.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
        }
    }

    @Test
    void callWhenGroupHasManagedPolicyThenMembersAllowed() {
        Keys keys = userWithPolicy(null);
        String group = "readers-" + keys.user();
        try (IamClient root = QueryClients.iam()) {
            root.createGroup(r -> r.groupName(group));
            root.attachGroupPolicy(r -> r.groupName(group).policyArn("arn:aws:iam::aws:policy/AmazonCognitoReadOnly"));
            root.addUserToGroup(r -> r.groupName(group).userName(keys.user()));
        }

        try (CognitoIdentityProviderClient cognito = CognitoClients.as(keys.id(), keys.secret())) {
            assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            assertAwsError(() -> cognito.createUserPool(r -> r.poolName("nope")), "AccessDeniedException", 400);
        }
    }

    @Test
    void callWhenConditionOnGlobalKeysThenDecidedByTheRequest() {
        Keys local = userWithPolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
                  "Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":["127.0.0.0/8","::1/128"]},
                  "Bool":{"aws:SecureTransport":"false"},"StringEquals":{"aws:PrincipalType":"User"}}}]}""");
        Keys elsewhere = userWithPolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
                  "Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}""");
        Keys mfaOnly = userWithPolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
                  "Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""");

        try (CognitoIdentityProviderClient fromLoopback = CognitoClients.as(local.id(), local.secret());
             CognitoIdentityProviderClient fromElsewhere = CognitoClients.as(elsewhere.id(), elsewhere.secret());
             CognitoIdentityProviderClient withoutMfa = CognitoClients.as(mfaOnly.id(), mfaOnly.secret())) {
            assertThat(fromLoopback.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            assertAwsError(() -> fromElsewhere.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
            assertAwsError(() -> withoutMfa.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
        }
    }

    @Test
    void getCallerIdentityWhenNoPolicyThenStillAnswered() {
        Keys keys = userWithPolicy(null);

        try (var sts = QueryClients.stsAs(keys.id(), keys.secret())) {
            var identity = sts.getCallerIdentity();

            assertThat(identity.arn()).isEqualTo(keys.arn());
            assertThat(identity.account()).isEqualTo(ACCOUNT);
            assertThat(identity.userId()).startsWith("AIDA");
        }
    }
}
