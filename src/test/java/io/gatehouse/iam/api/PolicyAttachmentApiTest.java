package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: inline policies, attachments and boundaries of users, groups and roles. */
@GatehouseTest
class PolicyAttachmentApiTest {

    private final SignedRequests api = SignedRequests.root();
    private final String suffix = IamPrincipalFixtures.suffix();

    @Test
    void userInlinePolicyWhenPutGetListDeleteThenEachReflectsState() {
        String user = "alice-" + suffix;
        IamPrincipalFixtures.user(user);
        String base = "/api/v1/iam/users/" + user + "/policies";
        api.put(base + "/Read", Map.of("document", TestPolicies.allow("iam:Get*"))).then().statusCode(200)
                .body("name", equalTo("Read")).body("document", equalTo(TestPolicies.allow("iam:Get*")));
        api.put(base + "/Read", Map.of("document", TestPolicies.allow("iam:List*"))).then().statusCode(200)
                .body("document", equalTo(TestPolicies.allow("iam:List*")));
        api.put(base + "/Another", Map.of("document", TestPolicies.allow("iam:Get*"))).then().statusCode(200);
        api.get(base).then().statusCode(200).body("items", equalTo(List.of("Another", "Read")));
        api.delete(base + "/Read").then().statusCode(204);
        assertProblem(api.get(base + "/Read"), 404, "NoSuchEntity")
                .body("detail", equalTo("The user policy with name Read cannot be found."));
        assertProblem(api.delete(base + "/Read"), 404, "NoSuchEntity");
    }

    @Test
    void inlinePolicyWhenPrincipalUnknownThenNoSuchEntity() {
        assertProblem(api.put("/api/v1/iam/users/nobody-" + suffix + "/policies/P",
                Map.of("document", TestPolicies.allow("iam:Get*"))), 404, "NoSuchEntity")
                .body("detail", equalTo("The user with name nobody-" + suffix + " cannot be found."));
        assertProblem(api.get("/api/v1/iam/groups/nobody-" + suffix + "/attached-policies"), 404, "NoSuchEntity");
    }

    @Test
    void inlinePolicyWhenMalformedOrTooLargeThenRejectedAndNothingStored() {
        String user = "bob-" + suffix;
        IamPrincipalFixtures.user(user);
        String base = "/api/v1/iam/users/" + user + "/policies";
        assertProblem(api.put(base + "/Bad", Map.of("document", "{\"Statement\":[]}")), 400, "MalformedPolicyDocument");
        String big = TestPolicies.allow("iam:" + "Get".repeat(400) + "*");
        api.put(base + "/Big1", Map.of("document", big)).then().statusCode(200);
        assertProblem(api.put(base + "/Big2", Map.of("document", big)), 409, "LimitExceeded");
        assertProblem(api.put(base + "/bad%21name", Map.of("document", TestPolicies.allow("iam:Get*"))), 400,
                "ValidationError");
        api.get(base).then().body("items", equalTo(List.of("Big1")));
    }

    @Test
    void groupPoliciesWhenInlineAndAttachedThenListed() {
        String group = "devs-" + suffix;
        IamPrincipalFixtures.group(group);
        api.put("/api/v1/iam/groups/" + group + "/policies/G", Map.of("document", TestPolicies.allow("iam:*")))
                .then().statusCode(200);
        api.post("/api/v1/iam/groups/" + group + "/attached-policies", Map.of("policyArn", TestPolicies.ADMIN_ARN))
                .then().statusCode(204);
        api.get("/api/v1/iam/groups/" + group + "/attached-policies").then().statusCode(200)
                .body("items.policyName", equalTo(List.of("AdministratorAccess")))
                .body("items.policyArn", equalTo(List.of(TestPolicies.ADMIN_ARN)));
        api.get("/api/v1/iam/policies/ANPAIWMBCKSKIEE64ZLYK/entities").then().statusCode(200)
                .body("groups.name", org.hamcrest.Matchers.hasItem(group));
    }

    @Test
    void attachWhenEleventhThenLimitExceededAndWhenUnknownThenNoSuchEntity() {
        String role = "r-" + suffix;
        api.post("/api/v1/iam/roles", Map.of("name", role, "assumeRolePolicyDocument", TestPolicies.trustAccount()))
                .then().statusCode(201);
        String base = "/api/v1/iam/roles/" + role + "/attached-policies";
        for (int i = 0; i < 10; i++) {
            String arn = api.post("/api/v1/iam/policies", Map.of("name", "p" + i + "-" + suffix,
                    "document", TestPolicies.allow("iam:Get*"))).then().statusCode(201).extract().path("arn");
            api.post(base, Map.of("policyArn", arn)).then().statusCode(204);
        }
        api.post(base, Map.of("policyArn", api.get(base + "?limit=1").jsonPath().getString("items[0].policyArn")))
                .then().statusCode(204);
        assertProblem(api.post(base, Map.of("policyArn", TestPolicies.ADMIN_ARN)), 409, "LimitExceeded")
                .body("detail", equalTo("Cannot exceed quota for PoliciesPerRole: 10"));
        assertProblem(api.post(base, Map.of("policyArn", "arn:aws:iam::000000000000:policy/none")), 404, "NoSuchEntity");
        assertProblem(api.post(base, Map.of("policyArn", "arn:aws:iam::111111111111:policy/p0-" + suffix)), 404,
                "NoSuchEntity");
        assertProblem(api.post(base, Map.of("policyArn", "not-an-arn")), 400, "ValidationError");
        assertProblem(api.delete(base + "?policyArn=" + TestPolicies.ADMIN_ARN), 404, "NoSuchEntity")
                .body("detail", equalTo("Policy " + TestPolicies.ADMIN_ARN + " was not found."));
        api.get(base + "?limit=60").then().body("items.size()", equalTo(10));
    }

    @Test
    void userBoundaryWhenPutAndDeletedThenReflected() {
        String user = "carol-" + suffix;
        IamPrincipalFixtures.user(user);
        String base = "/api/v1/iam/users/" + user + "/permissions-boundary";
        api.get(base).then().statusCode(200).body("policyArn", nullValue());
        api.put(base, Map.of("policyArn", TestPolicies.READ_ONLY_ARN)).then().statusCode(200)
                .body("policyArn", equalTo(TestPolicies.READ_ONLY_ARN));
        assertProblem(api.put(base, Map.of()), 400, "InvalidParameterException");
        api.delete(base).then().statusCode(204);
        api.get(base).then().body("policyArn", nullValue());
    }
}
