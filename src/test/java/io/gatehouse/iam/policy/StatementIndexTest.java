package io.gatehouse.iam.policy;

import static io.gatehouse.iam.policy.TestPolicies.allow;
import static io.gatehouse.iam.policy.TestPolicies.deny;
import static io.gatehouse.iam.policy.TestPolicies.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatementIndexTest {

    @Test
    void candidatesWhenServiceKnownThenItsStatementsAndWildcardsInDocumentOrder() {
        Policy policy = identity(allow("s3:GetObject", "*"), allow("*", "*"), deny("ec2:*", "*"),
                "{\"Effect\":\"Deny\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}", allow("S3:Put*", "*"),
                allow("s?:List*", "*"));
        assertThat(Arrays.stream(policy.candidates("s3")).map(Statement::index)).containsExactly(0, 1, 3, 4, 5);
        assertThat(Arrays.stream(policy.candidates("ec2")).map(Statement::index)).containsExactly(1, 2, 3, 5);
        assertThat(Arrays.stream(policy.candidates("iam")).map(Statement::index)).containsExactly(1, 3, 5);
    }

    @Test
    void evaluateWhenUpperCaseServiceInRequestThenSameStatementsApply() {
        Policy policy = identity(allow("s3:GetObject", "*"));
        PolicySet set = TestPolicies.policies().identity(policy).build();
        RequestContext request = TestPolicies.request("S3:GETOBJECT", "arn:aws:s3:::b/k", TestPolicies.user("alice"));
        assertThat(new PolicyEvaluator().evaluate(set, request).allowed()).isTrue();
    }
}
