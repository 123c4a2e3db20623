package io.gatehouse.aws.sts;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Roles, users and clients for the STS SDK tests, made through the real IamClient as the root user
 * of the bootstrap account, e.g.
 * <pre>{@code
 * String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.LIST_POOLS);
 * try (StsClient sts = QueryClients.sts()) { … }
 * }</pre>
 */
final class StsFixtures {

    static final String ACCOUNT = SignedRequests.ACCOUNT_ID;
    /** Allows {@code cognito-idp:ListUserPools} only. */
    static final String LIST_POOLS = allow("cognito-idp:ListUserPools");
    /** Allows every Cognito user-pool and IAM action. */
    static final String POOLS_AND_IAM = allow("cognito-idp:*\",\"iam:*");

    private StsFixtures() {
    }

    static String allow(String action) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"" + action
                + "\"],\"Resource\":\"*\"}]}";
    }

    /** A trust policy letting principals of {@code principal} (an account id or ARN) assume the role. */
    static String trust(String principal) {
        return trust(principal, "");
    }

    /** As {@link #trust(String)} with {@code extra} statement members, e.g. {@code ,"Condition":{…}}. */
    static String trust(String principal, String extra) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                + principal + "\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\",\"sts:SetSourceIdentity\"]"
                + extra + "}]}";
    }

    /** Trusts the whole bootstrap account. */
    static String trustAccount() {
        return trust(ACCOUNT);
    }

    /** A new role of the bootstrap account with the trust policy and one inline permission policy; returns its ARN. */
    static String role(String trustPolicy, String permissions) {
        return role(QueryClients.iam(), trustPolicy, permissions, null);
    }

    /** A new role made by {@code iam}, with {@code maxSessionSeconds} when not null; returns its ARN. */
    static String role(IamClient iam, String trustPolicy, String permissions, Integer maxSessionSeconds) {
        String name = PoolFixtures.unique("role");
        try (iam) {
            String arn = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy)
                    .maxSessionDuration(maxSessionSeconds)).role().arn();
            iam.putRolePolicy(r -> r.roleName(name).policyName("permissions").policyDocument(permissions));
            return arn;
        }
    }

    static String roleName(String roleArn) {
        return roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }

    /** A new IAM user of the bootstrap account with one inline policy and an access key. */
    static AccessKey user(String policy) {
        String name = PoolFixtures.unique("user");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName("permissions").policyDocument(policy));
            return iam.createAccessKey(r -> r.userName(name)).accessKey();
        }
    }

    static StsClient sts(AccessKey key) {
        return QueryClients.stsAs(key.accessKeyId(), key.secretAccessKey());
    }

    static StsClient sts(Credentials session) {
        return QueryClients.stsWithSession(session.accessKeyId(), session.secretAccessKey(), session.sessionToken());
    }

    static CognitoIdentityProviderClient cognito(Credentials session) {
        return CognitoClients.withSession(session.accessKeyId(), session.secretAccessKey(), session.sessionToken());
    }

    static IamClient iam(Credentials session) {
        return IamClient.builder()
                .endpointOverride(CognitoClients.endpoint())
                .region(Region.of(SignedRequests.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        session.accessKeyId(), session.secretAccessKey(), session.sessionToken())))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
