package io.gatehouse.iam.policy;

import static io.gatehouse.iam.policy.TestPolicies.ACCOUNT;
import static io.gatehouse.iam.policy.TestPolicies.OTHER_ACCOUNT;
import static io.gatehouse.iam.policy.TestPolicies.allowPrincipal;
import static io.gatehouse.iam.policy.TestPolicies.boundary;
import static io.gatehouse.iam.policy.TestPolicies.identity;
import static io.gatehouse.iam.policy.TestPolicies.policies;
import static io.gatehouse.iam.policy.TestPolicies.request;
import static io.gatehouse.iam.policy.TestPolicies.resource;
import static io.gatehouse.iam.policy.TestPolicies.roleSession;
import static io.gatehouse.iam.policy.TestPolicies.user;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Principal and NotPrincipal elements of resource-based policies, through the evaluator. */
class PrincipalMatchingTest {

    private static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/k1";

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    private boolean allowed(String principalJson, RequestPrincipal principal) {
        Policy policy = resource(allowPrincipal(principalJson, "kms:Decrypt", "*"));
        return evaluator.evaluate(policies().resource(policy).build(), request("kms:Decrypt", KEY, principal)).allowed();
    }

    @Test
    void principalWhenAccountIdOrRootArnThenEveryPrincipalOfAccount() {
        assertThat(allowed("{\"AWS\":\"" + ACCOUNT + "\"}", user("alice"))).isTrue();
        assertThat(allowed("{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}", roleSession(ACCOUNT, "app", "s"))).isTrue();
        assertThat(allowed("{\"AWS\":\"" + OTHER_ACCOUNT + "\"}", user("alice"))).isFalse();
    }

    @Test
    void principalWhenRoleArnThenItsSessionsMatch() {
        String role = "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":role/app\"}";
        assertThat(allowed(role, roleSession(ACCOUNT, "app", "any"))).isTrue();
        assertThat(allowed(role, roleSession(ACCOUNT, "other", "any"))).isFalse();
    }

    @Test
    void principalWhenStarThenAnyoneIncludingAnonymous() {
        RequestPrincipal anonymous = new RequestPrincipal("AWS", "*", null, null);
        assertThat(allowed("\"*\"", anonymous)).isTrue();
        assertThat(allowed("{\"AWS\":\"*\"}", anonymous)).isTrue();
        assertThat(allowed("{\"AWS\":[\"*\"]}", user("alice"))).isTrue();
    }

    @Test
    void principalWhenServiceOrFederatedThenMatchedByType() {
        RequestPrincipal lambda = new RequestPrincipal("Service", "lambda.amazonaws.com", null, "lambda.amazonaws.com");
        assertThat(allowed("{\"Service\":[\"lambda.amazonaws.com\",\"ec2.amazonaws.com\"]}", lambda)).isTrue();
        assertThat(allowed("{\"AWS\":\"*\"}", lambda)).isFalse();
        RequestPrincipal web = new RequestPrincipal("Federated", "arn:aws:sts::" + ACCOUNT + ":assumed-role/web/u",
                ACCOUNT, "cognito-identity.amazonaws.com");
        assertThat(allowed("{\"Federated\":\"cognito-identity.amazonaws.com\"}", web)).isTrue();
        assertThat(allowed("{\"Federated\":\"accounts.google.com\"}", web)).isFalse();
    }

    @Test
    void notPrincipalDenyWhenSessionRoleAndAccountListedThenExcluded() {
        RequestPrincipal session = roleSession(ACCOUNT, "auditor", "s");
        String all = "{\"AWS\":[\"" + session.arn() + "\",\"" + session.issuerArn() + "\",\"arn:aws:iam::" + ACCOUNT
                + ":root\"]}";
        String onlyRole = "{\"AWS\":[\"" + session.issuerArn() + "\"]}";
        assertThat(deniedByNotPrincipal(all, session, false)).isFalse();
        assertThat(deniedByNotPrincipal(onlyRole, session, false)).isTrue();
        assertThat(deniedByNotPrincipal(all, roleSession(ACCOUNT, "other", "s"), false)).isTrue();
    }

    @Test
    void notPrincipalDenyWhenPrincipalHasBoundaryThenAlwaysDenied() {
        RequestPrincipal session = roleSession(ACCOUNT, "auditor", "s");
        String all = "{\"AWS\":[\"" + session.arn() + "\",\"" + session.issuerArn() + "\",\"arn:aws:iam::" + ACCOUNT
                + ":root\"]}";
        assertThat(deniedByNotPrincipal(all, session, true)).isTrue();
    }

    private boolean deniedByNotPrincipal(String notPrincipal, RequestPrincipal principal, boolean withBoundary) {
        Policy policy = resource("{\"Effect\":\"Deny\",\"NotPrincipal\":" + notPrincipal
                + ",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
        TestPolicies.Policies set = policies().resource(policy)
                .identity(identity(TestPolicies.allow("kms:*", "*")));
        if (withBoundary) {
            set.boundary(boundary(TestPolicies.allow("*", "*")));
        }
        Decision decision = evaluator.evaluate(set.build(), request("kms:Decrypt", KEY, principal));
        return decision.outcome() == Outcome.EXPLICIT_DENY;
    }
}
