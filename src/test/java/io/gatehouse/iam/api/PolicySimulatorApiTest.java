package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: the policy simulator's custom and principal simulations and their errors. */
@GatehouseTest
class PolicySimulatorApiTest {

    private static final String CUSTOM = "/api/v1/iam/simulations/custom";
    private static final String PRINCIPAL = "/api/v1/iam/simulations/principal";
    private static final String DENY_DELETE = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoDelete","Effect":"Deny","Action":"s3:DeleteObject",\
            "Resource":"*"}]}""";

    private final SignedRequests api = SignedRequests.root();

    @Test
    void customWhenPoliciesAllowAndDenyThenDecisionPerActionAndResource() {
        api.post(CUSTOM, Map.of("policyInputList", List.of(TestPolicies.allow("s3:*"), DENY_DELETE),
                        "actionNames", List.of("s3:GetObject", "s3:DeleteObject", "iam:ListUsers"),
                        "resourceArns", List.of("arn:aws:s3:::b/k")))
                .then().statusCode(200)
                .body("evaluationResults.evalActionName", equalTo(List.of("s3:GetObject", "s3:DeleteObject",
                        "iam:ListUsers")))
                .body("evaluationResults.evalDecision", equalTo(List.of("allowed", "explicitDeny", "implicitDeny")))
                .body("evaluationResults[0].evalResourceName", equalTo("arn:aws:s3:::b/k"))
                .body("evaluationResults[0].matchedStatements[0].sourcePolicyId", equalTo("PolicyInputList.1"))
                .body("evaluationResults[0].matchedStatements[0].startPosition.line", equalTo(1))
                .body("evaluationResults[1].matchedStatements[0].sourcePolicyId", equalTo("PolicyInputList.2"))
                .body("evaluationResults[1].matchedStatements[0].sourcePolicyType", equalTo("none"))
                .body("evaluationResults[2].matchedStatements", empty())
                .body("evaluationResults[0].missingContextValues", empty())
                .body("evaluationResults[0].allowedByOrganizations", nullValue())
                .body("evaluationResults[0].resourceSpecificResults[0].evalResourceDecision", equalTo("allowed"));
    }

    @Test
    void customWhenContextAndBoundaryThenBothDecide() {
        String fromOffice = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*",\
                "Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}""";
        api.post(CUSTOM, Map.of("policyInputList", List.of(fromOffice),
                        "permissionsBoundaryPolicyInputList", List.of(TestPolicies.allow("s3:*")),
                        "actionNames", List.of("s3:GetObject", "iam:ListUsers"),
                        "contextEntries", Map.of("aws:SourceIp", List.of("203.0.113.9"))))
                .then().statusCode(200)
                .body("evaluationResults.evalDecision", equalTo(List.of("allowed", "implicitDeny")))
                .body("evaluationResults.allowedByPermissionsBoundary", equalTo(List.of(true, false)));
    }

    @Test
    void principalWhenUserHasInlinePolicyThenItDecides() {
        String user = IamFixtures.user(api);
        api.put(IamFixtures.USERS + "/" + user + "/policies/NoDeletes", Map.of("document", DENY_DELETE))
                .then().statusCode(200);
        api.post(PRINCIPAL, Map.of("policySourceArn", "arn:aws:iam::000000000000:user/" + user,
                        "policyInputList", List.of(TestPolicies.allow("s3:*")),
                        "actionNames", List.of("s3:DeleteObject", "s3:GetObject")))
                .then().statusCode(200)
                .body("evaluationResults.evalDecision", equalTo(List.of("explicitDeny", "allowed")))
                .body("evaluationResults[0].matchedStatements[0].sourcePolicyId", equalTo("NoDeletes"))
                .body("evaluationResults[0].matchedStatements[0].sourcePolicyType", equalTo("user"));
    }

    @Test
    void principalWhenCallerDeniedOnThatPrincipalThenForbidden() {
        String caller = IamFixtures.user(api);
        String target = IamFixtures.user(api);
        api.put(IamFixtures.USERS + "/" + caller + "/policies/Simulate", Map.of("document", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:SimulatePrincipalPolicy",\
                "Resource":"*"},{"Effect":"Deny","Action":"iam:SimulatePrincipalPolicy",\
                "Resource":"arn:aws:iam::000000000000:user/%s"}]}""".formatted(target))).then().statusCode(200);
        SignedRequests signed = IamFixtures.signedAs(api, caller);

        assertProblem(signed.post(PRINCIPAL, Map.of("policySourceArn", "arn:aws:iam::000000000000:user/" + target,
                "actionNames", List.of("s3:GetObject"))), 403, "AccessDenied")
                .body("detail", containsString("with an explicit deny"));
        signed.post(PRINCIPAL, Map.of("policySourceArn", "arn:aws:iam::000000000000:user/" + caller,
                "actionNames", List.of("iam:SimulatePrincipalPolicy"))).then().statusCode(200)
                .body("evaluationResults[0].evalDecision", equalTo("allowed"));
    }

    @Test
    void principalWhenUnknownOrOtherAccountThenProblem() {
        assertProblem(api.post(PRINCIPAL, Map.of("policySourceArn", "arn:aws:iam::000000000000:role/nobody-sim",
                "actionNames", List.of("s3:GetObject"))), 404, "NoSuchEntity")
                .body("detail", containsString("role/nobody-sim"));
        assertProblem(api.post(PRINCIPAL, Map.of("policySourceArn", "arn:aws:iam::111122223333:user/alice",
                "actionNames", List.of("s3:GetObject"))), 400, "InvalidInput");
        assertProblem(api.post(PRINCIPAL, Map.of("actionNames", List.of("s3:GetObject"))), 400, "InvalidParameterException")
                .body("detail", containsString("policySourceArn"));
    }

    @Test
    void customWhenInputInvalidThenProblem() {
        assertProblem(api.post(CUSTOM, Map.of("policyInputList", List.of("{\"Statement\":["),
                "actionNames", List.of("s3:GetObject"))), 400, "MalformedPolicyDocument")
                .body("detail", startsWith("PolicyInputList.1: "));
        assertProblem(api.post(CUSTOM, Map.of("policyInputList", List.of(TestPolicies.allow("s3:*")))), 400,
                "InvalidInput").body("detail", containsString("ActionNames"));
        assertProblem(api.post(CUSTOM, Map.of("actionNames", List.of("s3:GetObject"))), 400, "InvalidInput")
                .body("detail", containsString("PolicyInputList"));
        assertProblem(api.post(CUSTOM, Map.of("policyInputList", List.of(TestPolicies.allow("s3:*")),
                "actionNames", List.of("s3:GetObject"), "unknownField", 1)), 400, "SerializationException");
        assertProblem(api.post(CUSTOM, Map.of("policyInputList", TestPolicies.allow("s3:*"),
                "actionNames", List.of("s3:GetObject"))), 400, "SerializationException");
        assertProblem(api.post(CUSTOM, Map.of()), 400, "InvalidInput").body("detail", containsString("ActionNames"));
    }
}
