package io.gatehouse.iam.policy;

import static io.gatehouse.iam.policy.TestPolicies.ACCOUNT;
import static io.gatehouse.iam.policy.TestPolicies.OTHER_ACCOUNT;
import static io.gatehouse.iam.policy.TestPolicies.allow;
import static io.gatehouse.iam.policy.TestPolicies.allowPrincipal;
import static io.gatehouse.iam.policy.TestPolicies.boundary;
import static io.gatehouse.iam.policy.TestPolicies.deny;
import static io.gatehouse.iam.policy.TestPolicies.identity;
import static io.gatehouse.iam.policy.TestPolicies.policies;
import static io.gatehouse.iam.policy.TestPolicies.request;
import static io.gatehouse.iam.policy.TestPolicies.resource;
import static io.gatehouse.iam.policy.TestPolicies.roleSession;
import static io.gatehouse.iam.policy.TestPolicies.scp;
import static io.gatehouse.iam.policy.TestPolicies.session;
import static io.gatehouse.iam.policy.TestPolicies.trust;
import static io.gatehouse.iam.policy.TestPolicies.user;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

    private static final String BUCKET = "arn:aws:s3:::reports/q1.csv";
    private static final String ALICE_ARN = "arn:aws:iam::" + ACCOUNT + ":user/alice";
    private static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/app";
    private static final String SESSION_ARN = "arn:aws:sts::" + ACCOUNT + ":assumed-role/app/s1";

    private final PolicyEvaluator evaluator = new PolicyEvaluator();
    private final RequestContext getObject = request("s3:GetObject", BUCKET, user("alice"));

    @Test
    void evaluateWhenNoPoliciesThenImplicitDenyNoIdentityAllow() {
        Decision decision = evaluator.evaluate(policies().build(), getObject);
        assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decision.reason()).isEqualTo(DenyReason.NO_IDENTITY_ALLOW);
        assertThat(decision.matchedStatements()).isEmpty();
        assertThat(decision.allowedByOrganizations()).isTrue();
        assertThat(decision.denialMessage(ALICE_ARN, "s3:GetObject", BUCKET)).isEqualTo("User: " + ALICE_ARN
                + " is not authorized to perform: s3:GetObject on resource: " + BUCKET
                + " because no identity-based policy allows the s3:GetObject action");
    }

    @Test
    void evaluateWhenIdentityAllowsThenAllowedWithMatchedStatement() {
        Policy policy = identity(allow("s3:Get*", "arn:aws:s3:::reports/*"));
        Decision decision = evaluator.evaluate(policies().identity(policy).build(), getObject);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).isEqualTo(DenyReason.NONE);
        assertThat(decision.matchedStatements()).containsExactly(policy.statements().get(0).matched());
    }

    @Test
    void evaluateWhenActionCaseDiffersThenStillMatches() {
        Policy policy = identity(allow("S3:getobject", "arn:aws:s3:::reports/*"));
        assertThat(evaluator.evaluate(policies().identity(policy).build(), getObject).allowed()).isTrue();
    }

    @Test
    void evaluateWhenResourceCaseDiffersThenNoMatch() {
        Policy policy = identity(allow("s3:GetObject", "arn:aws:s3:::Reports/*"));
        assertThat(evaluator.evaluate(policies().identity(policy).build(), getObject).allowed()).isFalse();
    }

    @Test
    void evaluateWhenNotActionAndNotResourceThenMatchTheComplement() {
        Policy notAction = identity(
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"NotResource\":\"arn:aws:s3:::secret/*\"}");
        assertThat(evaluator.evaluate(policies().identity(notAction).build(), getObject).allowed()).isTrue();
        assertThat(evaluator.evaluate(policies().identity(notAction).build(),
                request("iam:GetUser", BUCKET, user("alice"))).allowed()).isFalse();
        assertThat(evaluator.evaluate(policies().identity(notAction).build(),
                request("s3:GetObject", "arn:aws:s3:::secret/x", user("alice"))).allowed()).isFalse();
    }

    @Test
    void evaluateWhenIdentityDenyThenExplicitDenyWinsOverAllow() {
        Policy allows = identity(allow("s3:*", "*"));
        Policy denies = identity(deny("s3:GetObject", "*"));
        Decision decision = evaluator.evaluate(policies().identity(allows).identity(denies).build(), getObject);
        assertThat(decision.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
        assertThat(decision.reason()).isEqualTo(DenyReason.EXPLICIT_DENY_IDENTITY);
        assertThat(decision.matchedStatements()).containsExactly(denies.statements().get(0).matched());
        assertThat(decision.denialMessage(ALICE_ARN, "s3:GetObject", BUCKET))
                .endsWith("with an explicit deny in an identity-based policy");
    }

    @Test
    void evaluateWhenDenyInResourceBoundarySessionOrScpThenMatchingReason() {
        Policy allows = identity(allow("s3:*", "*"));
        Policy denyAll = resource(
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
        assertThat(evaluator.evaluate(policies().identity(allows).resource(denyAll).build(), getObject).reason())
                .isEqualTo(DenyReason.EXPLICIT_DENY_RESOURCE);
        assertThat(evaluator.evaluate(policies().identity(allows)
                .boundary(boundary(allow("*", "*"), deny("s3:GetObject", "*"))).build(), getObject).reason())
                .isEqualTo(DenyReason.EXPLICIT_DENY_BOUNDARY);
        assertThat(evaluator.evaluate(policies().identity(allows)
                .session(session(allow("*", "*"), deny("s3:Get*", "*"))).build(), getObject).reason())
                .isEqualTo(DenyReason.EXPLICIT_DENY_SESSION);
        Decision scpDeny = evaluator.evaluate(policies().identity(allows)
                .scpLevel(scp(allow("*", "*"), deny("s3:*", "*"))).build(), getObject);
        assertThat(scpDeny.reason()).isEqualTo(DenyReason.EXPLICIT_DENY_SCP);
        assertThat(scpDeny.allowedByOrganizations()).isFalse();
    }

    @Test
    void evaluateWhenScpLevelLacksAllowThenImplicitDenyNoScpAllow() {
        Policy allows = identity(allow("s3:*", "*"));
        Decision decision = evaluator.evaluate(policies().identity(allows)
                .scpLevel(scp(allow("*", "*"))).scpLevel(scp(allow("ec2:*", "*"))).build(), getObject);
        assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decision.reason()).isEqualTo(DenyReason.NO_SCP_ALLOW);
        assertThat(decision.allowedByOrganizations()).isFalse();
    }

    @Test
    void evaluateWhenEveryScpLevelAllowsThenIdentityDecides() {
        Policy allows = identity(allow("s3:*", "*"));
        Decision decision = evaluator.evaluate(policies().identity(allows)
                .scpLevel(scp(allow("*", "*"))).scpLevel(scp(allow("s3:*", "*"), allow("ec2:*", "*"))).build(),
                getObject);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.allowedByOrganizations()).isTrue();
    }

    @Test
    void evaluateWhenAccountRootThenAllowedUnlessScpOrDenySaysOtherwise() {
        RequestContext rootRequest = request("iam:CreateUser", "*", TestPolicies.root());
        assertThat(evaluator.evaluate(policies().accountRoot().build(), rootRequest).allowed()).isTrue();
        assertThat(evaluator.evaluate(policies().accountRoot().scpLevel(scp(allow("s3:*", "*"))).build(), rootRequest)
                .reason()).isEqualTo(DenyReason.NO_SCP_ALLOW);
        Policy denyAll = resource("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}");
        assertThat(evaluator.evaluate(policies().accountRoot().resource(denyAll).build(), rootRequest).reason())
                .isEqualTo(DenyReason.EXPLICIT_DENY_RESOURCE);
    }

    @Test
    void evaluateWhenSameAccountResourcePolicyAllowsThenAllowedWithoutIdentityAllow() {
        Policy bucket = resource(allowPrincipal("{\"AWS\":\"" + ACCOUNT + "\"}", "s3:GetObject", "arn:aws:s3:::reports/*"));
        Decision decision = evaluator.evaluate(policies().resource(bucket).build(), getObject);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.matchedStatements()).containsExactly(bucket.statements().get(0).matched());
    }

    @Test
    void evaluateWhenCrossAccountThenBothIdentityAndResourceMustAllow() {
        RequestContext crossRequest = request("s3:GetObject", BUCKET, roleSession(OTHER_ACCOUNT, "reader", "s"));
        Policy bucket = resource(allowPrincipal("{\"AWS\":\"arn:aws:iam::" + OTHER_ACCOUNT + ":root\"}",
                "s3:GetObject", "arn:aws:s3:::reports/*"));
        Policy role = identity(allow("s3:GetObject", "*"));
        assertThat(evaluator.evaluate(policies().resource(bucket).resourceAccount(ACCOUNT).build(), crossRequest)
                .reason()).isEqualTo(DenyReason.NO_IDENTITY_ALLOW);
        assertThat(evaluator.evaluate(policies().identity(role).resourceAccount(ACCOUNT).build(), crossRequest)
                .reason()).isEqualTo(DenyReason.NO_RESOURCE_ALLOW);
        assertThat(evaluator.evaluate(policies().identity(role).resource(bucket).resourceAccount(ACCOUNT).build(),
                crossRequest).allowed()).isTrue();
    }

    @Test
    void evaluateWhenResourceAccountIsOwnAccountThenSameAccountRules() {
        Policy role = identity(allow("s3:GetObject", "*"));
        assertThat(evaluator.evaluate(policies().identity(role).resourceAccount(ACCOUNT).build(), getObject).allowed())
                .isTrue();
    }

    @Test
    void evaluateWhenBoundaryDoesNotAllowThenNoBoundaryAllow() {
        Policy allows = identity(allow("s3:*", "*"));
        Decision decision = evaluator.evaluate(policies().identity(allows).boundary(boundary(allow("ec2:*", "*")))
                .build(), getObject);
        assertThat(decision.reason()).isEqualTo(DenyReason.NO_BOUNDARY_ALLOW);
        assertThat(evaluator.evaluate(policies().identity(allows).boundary(boundary(allow("s3:Get*", "*"))).build(),
                getObject).allowed()).isTrue();
    }

    @Test
    void evaluateWhenBoundaryAllowsButIdentityDoesNotThenNoIdentityAllow() {
        Decision decision = evaluator.evaluate(policies().boundary(boundary(allow("*", "*"))).build(), getObject);
        assertThat(decision.reason()).isEqualTo(DenyReason.NO_IDENTITY_ALLOW);
    }

    @Test
    void evaluateWhenSessionPolicyDoesNotAllowThenNoSessionAllow() {
        RequestContext sessionRequest = request("s3:GetObject", BUCKET, roleSession(ACCOUNT, "app", "s1"));
        Policy allows = identity(allow("s3:*", "*"));
        assertThat(evaluator.evaluate(policies().identity(allows).session(session(allow("ec2:*", "*"))).build(),
                sessionRequest).reason()).isEqualTo(DenyReason.NO_SESSION_ALLOW);
        assertThat(evaluator.evaluate(policies().identity(allows).session(session(allow("s3:*", "*"))).build(),
                sessionRequest).allowed()).isTrue();
    }

    @Test
    void evaluateWhenResourcePolicyNamesUserDirectlyThenBoundaryImplicitDenyBypassed() {
        Policy bucket = resource(allowPrincipal("{\"AWS\":\"" + ALICE_ARN + "\"}", "s3:GetObject", "*"));
        Decision decision = evaluator.evaluate(policies().resource(bucket).boundary(boundary(allow("ec2:*", "*")))
                .build(), getObject);
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void evaluateWhenResourcePolicyNamesRoleThenBoundaryStillLimitsItsSessions() {
        RequestContext sessionRequest = request("s3:GetObject", BUCKET, roleSession(ACCOUNT, "app", "s1"));
        Policy bucket = resource(allowPrincipal("{\"AWS\":\"" + ROLE_ARN + "\"}", "s3:GetObject", "*"));
        assertThat(evaluator.evaluate(policies().resource(bucket).build(), sessionRequest).allowed()).isTrue();
        assertThat(evaluator.evaluate(policies().resource(bucket).boundary(boundary(allow("ec2:*", "*"))).build(),
                sessionRequest).reason()).isEqualTo(DenyReason.NO_BOUNDARY_ALLOW);
        assertThat(evaluator.evaluate(policies().resource(bucket).session(session(allow("ec2:*", "*"))).build(),
                sessionRequest).reason()).isEqualTo(DenyReason.NO_SESSION_ALLOW);
    }

    @Test
    void evaluateWhenResourcePolicyNamesRoleSessionThenBoundaryAndSessionImplicitDenyBypassed() {
        RequestContext sessionRequest = request("s3:GetObject", BUCKET, roleSession(ACCOUNT, "app", "s1"));
        Policy bucket = resource(allowPrincipal("{\"AWS\":\"" + SESSION_ARN + "\"}", "s3:GetObject", "*"));
        assertThat(evaluator.evaluate(policies().resource(bucket).boundary(boundary(allow("ec2:*", "*")))
                .session(session(allow("ec2:*", "*"))).build(), sessionRequest).allowed()).isTrue();
    }

    @Test
    void evaluateWhenTrustPolicyThenTrustMustAllow() {
        RequestContext assume = request("sts:AssumeRole", ROLE_ARN, user("alice"));
        Policy identityAllows = identity(allow("sts:AssumeRole", "*"));
        Policy trustsOther = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                + ":user/bob\"},\"Action\":\"sts:AssumeRole\"}");
        assertThat(evaluator.evaluate(policies().identity(identityAllows).resource(trustsOther).build(), assume)
                .reason()).isEqualTo(DenyReason.NO_RESOURCE_ALLOW);
        Policy trustsAlice = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ALICE_ARN
                + "\"},\"Action\":\"sts:AssumeRole\"}");
        assertThat(evaluator.evaluate(policies().resource(trustsAlice).build(), assume).allowed()).isTrue();
    }

    @Test
    void evaluateWhenTrustPolicyNamesOnlyTheAccountThenIdentityMustAllowToo() {
        RequestContext assume = request("sts:AssumeRole", ROLE_ARN, user("alice"));
        Policy trustsAccount = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ACCOUNT
                + "\"},\"Action\":\"sts:AssumeRole\"}");
        assertThat(evaluator.evaluate(policies().resource(trustsAccount).build(), assume).reason())
                .isEqualTo(DenyReason.NO_IDENTITY_ALLOW);
        assertThat(evaluator.evaluate(policies().resource(trustsAccount)
                .identity(identity(allow("sts:AssumeRole", ROLE_ARN))).build(), assume).allowed()).isTrue();
    }

    @Test
    void evaluateWhenConditionFailsThenStatementDoesNotApply() {
        Policy policy = identity("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"},"
                + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}}");
        PolicySet set = policies().identity(policy).build();
        RequestContext.Builder base = RequestContext.builder().action("s3:GetObject").resource(BUCKET)
                .principal(user("alice")).put("aws:SourceIp", "203.0.113.5");
        assertThat(evaluator.evaluate(set, base.build()).allowed()).isFalse();
        assertThat(evaluator.evaluate(set, base.put("aws:SecureTransport", "true").build()).allowed()).isTrue();
        assertThat(evaluator.evaluate(set, base.put("aws:SourceIp", "198.51.100.1").build()).allowed()).isFalse();
    }

    @Test
    void evaluateWhenResourceUsesPolicyVariableThenOnlyOwnHome() {
        Policy policy = identity(allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*"));
        PolicySet set = policies().identity(policy).build();
        RequestContext own = RequestContext.builder().action("s3:GetObject").resource("arn:aws:s3:::home/alice/a")
                .principal(user("alice")).put("aws:username", "alice").build();
        assertThat(evaluator.evaluate(set, own).allowed()).isTrue();
        assertThat(evaluator.evaluate(set, own.withActionAndResource("s3:GetObject", "arn:aws:s3:::home/bob/a"))
                .allowed()).isFalse();
    }

    @Test
    void evaluateWhenVersion2008ThenPolicyVariablesAreLiteralText() {
        Policy policy = PolicyParser.parse("old", "{\"Version\":\"2008-10-17\",\"Statement\":"
                + allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*") + "}", PolicyKind.MANAGED_IDENTITY);
        PolicySet set = policies().identity(policy).build();
        RequestContext.Builder builder = RequestContext.builder().action("s3:GetObject").principal(user("alice"))
                .put("aws:username", "alice");
        assertThat(evaluator.evaluate(set, builder.resource("arn:aws:s3:::home/alice/a").build()).allowed()).isFalse();
        assertThat(evaluator.evaluate(set, builder.resource("arn:aws:s3:::home/${aws:username}/a").build()).allowed())
                .isTrue();
    }

    @Test
    void evaluateWhenSeveralMatchesThenAllDecidingStatementsListed() {
        Policy first = identity(allow("s3:*", "*"), deny("s3:GetObject", "*"));
        Policy second = identity(deny("s3:Get*", "*"));
        Decision decision = evaluator.evaluate(policies().identity(first).identity(second).build(), getObject);
        assertThat(decision.matchedStatements()).containsExactly(first.statements().get(1).matched(),
                second.statements().get(0).matched());
    }
}
