package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: roles, their trust policies, tags, boundaries and deletion rules. */
@GatehouseTest
class RoleApiTest {

    private static final String ROLES = "/api/v1/iam/roles";
    private final SignedRequests api = SignedRequests.root();
    private final String name = "Deployer-" + IamPrincipalFixtures.suffix();

    @Test
    void createWhenValidThenCreatedWithAllFields() {
        api.post(ROLES, Map.of("name", name, "path", "/ci/", "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                        "description", "CI", "tags", Map.of("team", "platform")))
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/iam/roles/" + name))
                .body("id", matchesPattern("AROA[A-Z0-9]{17}"))
                .body("name", equalTo(name))
                .body("path", equalTo("/ci/"))
                .body("arn", equalTo("arn:aws:iam::000000000000:role/ci/" + name))
                .body("description", equalTo("CI"))
                .body("assumeRolePolicyDocument", equalTo(TestPolicies.trustAccount()))
                .body("maxSessionDuration", equalTo(3600))
                .body("permissionsBoundary", nullValue())
                .body("tags.team", equalTo("platform"))
                .body("createdAt", notNullValue());
    }

    @Test
    void createAndDeleteWhenDoneThenAudited() {
        create(name);
        api.delete(ROLES + "/" + name).then().statusCode(204);
        String target = "arn:aws:iam::000000000000:role/" + name;
        for (String action : List.of("iam.role.create", "iam.role.delete")) {
            api.get("/api/v1/audit-events?action=" + action + "&limit=60").then().statusCode(200)
                    .body("items.findAll { it.target == '" + target + "' }.actor",
                            equalTo(List.of(SignedRequests.ROOT_ARN)));
        }
    }

    @Test
    void createWhenTrustPolicyIsObjectThenStoredAsCompactJson() {
        Map<String, Object> trust = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of("Effect", "Allow",
                "Principal", Map.of("Service", "ec2.amazonaws.com"), "Action", "sts:AssumeRole")));
        api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", trust)).then().statusCode(201)
                .body("assumeRolePolicyDocument", containsString("\"Service\":\"ec2.amazonaws.com\""));
    }

    @Test
    void createWhenNameTakenInOtherCaseThenEntityAlreadyExists() {
        create(name);
        assertProblem(api.post(ROLES, Map.of("name", name.toUpperCase(java.util.Locale.ROOT),
                "assumeRolePolicyDocument", TestPolicies.trustAccount())), 409, "EntityAlreadyExists")
                .body("detail", equalTo("Role with name " + name.toUpperCase(java.util.Locale.ROOT) + " already exists."));
    }

    @Test
    void createWhenTrustPolicyHasNoPrincipalThenMalformedAndNothingCreated() {
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", TestPolicies.allow("s3:*"))),
                400, "MalformedPolicyDocument");
        assertProblem(api.get(ROLES + "/" + name), 404, "NoSuchEntity");
    }

    @Test
    void createWhenTrustPolicyNotJsonThenMalformed() {
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", "{not json")), 400,
                "MalformedPolicyDocument");
    }

    @Test
    void createWhenMaxSessionOutOfRangeThenValidationError() {
        for (int value : new int[] {3599, 43201}) {
            assertProblem(api.post(ROLES, Map.of("name", name, "maxSessionDuration", value,
                    "assumeRolePolicyDocument", TestPolicies.trustAccount())), 400, "ValidationError")
                    .body("detail", containsString("maxSessionDuration"));
        }
        assertProblem(api.get(ROLES + "/" + name), 404, "NoSuchEntity");
    }

    @Test
    void createWhenNameOrPathInvalidThenValidationError() {
        assertProblem(api.post(ROLES, Map.of("name", "bad name", "assumeRolePolicyDocument",
                TestPolicies.trustAccount())), 400, "ValidationError");
        assertProblem(api.post(ROLES, Map.of("name", "x".repeat(65), "assumeRolePolicyDocument",
                TestPolicies.trustAccount())), 400, "ValidationError");
        assertProblem(api.post(ROLES, Map.of("name", name, "path", "no-slashes", "assumeRolePolicyDocument",
                TestPolicies.trustAccount())), 400, "ValidationError");
    }

    @Test
    void createWhenTrustPolicyMissingOrUnknownFieldThenBadRequest() {
        assertProblem(api.post(ROLES, Map.of("name", name)), 400, "InvalidParameterException");
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                "colour", "red")), 400, "SerializationException");
    }

    @Test
    void createWhenBoundaryUnknownThenNoSuchEntity() {
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                "permissionsBoundary", "arn:aws:iam::000000000000:policy/nope")), 404, "NoSuchEntity");
    }

    @Test
    void createWhenTagsInvalidThenRejected() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("k" + i, "v");
        }
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                "tags", many)), 409, "LimitExceeded");
        assertProblem(api.post(ROLES, Map.of("name", name, "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                "tags", Map.of("aws:owner", "x"))), 400, "InvalidInput");
    }

    @Test
    void updateWhenDescriptionAndSessionGivenThenBothChange() {
        create(name);
        api.patch(ROLES + "/" + name, Map.of("description", "changed", "maxSessionDuration", 43200))
                .then().statusCode(200).body("description", equalTo("changed")).body("maxSessionDuration", equalTo(43200));
        api.patch(ROLES + "/" + name, Map.of("description", "again")).then().statusCode(200)
                .body("maxSessionDuration", equalTo(43200));
    }

    @Test
    void updateTrustPolicyWhenValidThenReplacedAndWhenMalformedThenKept() {
        create(name);
        String trust = TestPolicies.trustAccount().replace("000000000000:root", "111111111111:root");
        api.put(ROLES + "/" + name + "/trust-policy", Map.of("document", trust)).then().statusCode(200)
                .body("assumeRolePolicyDocument", equalTo(trust));
        assertProblem(api.put(ROLES + "/" + name + "/trust-policy", Map.of("document", "[]")), 400,
                "MalformedPolicyDocument");
        api.get(ROLES + "/" + name).then().body("assumeRolePolicyDocument", equalTo(trust));
    }

    @Test
    void tagAndUntagWhenKeysDifferInCaseThenReplaced() {
        create(name);
        api.post(ROLES + "/" + name + "/tags", Map.of("tags", Map.of("Env", "dev", "team", "a"))).then().statusCode(200)
                .body("Env", equalTo("dev"));
        api.post(ROLES + "/" + name + "/tags", Map.of("tags", Map.of("env", "prod"))).then().statusCode(200)
                .body("env", equalTo("prod")).body("Env", nullValue());
        api.delete(ROLES + "/" + name + "/tags?key=ENV").then().statusCode(200).body("env", nullValue())
                .body("team", equalTo("a"));
    }

    @Test
    void deleteWhenPoliciesRemainThenDeleteConflictUntilRemoved() {
        create(name);
        api.post(ROLES + "/" + name + "/attached-policies", Map.of("policyArn", TestPolicies.READ_ONLY_ARN))
                .then().statusCode(204);
        assertProblem(api.delete(ROLES + "/" + name), 409, "DeleteConflict")
                .body("detail", equalTo("Cannot delete entity, must detach all policies first."));
        api.delete(ROLES + "/" + name + "/attached-policies?policyArn=" + TestPolicies.READ_ONLY_ARN)
                .then().statusCode(204);
        api.put(ROLES + "/" + name + "/policies/Inline", Map.of("document", TestPolicies.allow("iam:Get*")))
                .then().statusCode(200);
        assertProblem(api.delete(ROLES + "/" + name), 409, "DeleteConflict")
                .body("detail", equalTo("Cannot delete entity, must delete policies first."));
        api.delete(ROLES + "/" + name + "/policies/Inline").then().statusCode(204);
        api.delete(ROLES + "/" + name).then().statusCode(204);
        assertProblem(api.get(ROLES + "/" + name), 404, "NoSuchEntity")
                .body("detail", equalTo("The role with name " + name + " cannot be found."));
    }

    @Test
    void permissionsBoundaryWhenSetAndRemovedThenReflected() {
        create(name);
        api.put(ROLES + "/" + name + "/permissions-boundary", Map.of("policyArn", TestPolicies.READ_ONLY_ARN))
                .then().statusCode(200).body("policyArn", equalTo(TestPolicies.READ_ONLY_ARN));
        api.get(ROLES + "/" + name).then().body("permissionsBoundary", equalTo(TestPolicies.READ_ONLY_ARN));
        assertProblem(api.put(ROLES + "/" + name + "/permissions-boundary",
                Map.of("policyArn", "arn:aws:iam::aws:policy/Nope")), 404, "NoSuchEntity");
        api.delete(ROLES + "/" + name + "/permissions-boundary").then().statusCode(204);
        api.get(ROLES + "/" + name + "/permissions-boundary").then().statusCode(200).body("policyArn", nullValue());
    }

    @Test
    void listWhenPathPrefixAndLimitThenPagedInNameOrder() {
        String path = "/p" + IamPrincipalFixtures.suffix() + "/";
        for (String n : List.of("b" + name, "a" + name, "c" + name)) {
            api.post(ROLES, Map.of("name", n, "path", path, "assumeRolePolicyDocument", TestPolicies.trustAccount()))
                    .then().statusCode(201);
        }
        Response first = api.get(ROLES + "?pathPrefix=" + path + "&limit=2");
        first.then().statusCode(200).body("items.name", equalTo(List.of("a" + name, "b" + name)))
                .body("nextCursor", notNullValue());
        api.get(ROLES + "?pathPrefix=" + path + "&limit=2&cursor=" + first.jsonPath().getString("nextCursor"))
                .then().body("items.name", equalTo(List.of("c" + name))).body("nextCursor", nullValue());
        api.get(ROLES).then().body("items.name", hasItem(notNullValue()));
        assertProblem(api.get(ROLES + "?limit=0"), 400, "InvalidParameterException");
    }

    private void create(String roleName) {
        api.post(ROLES, Map.of("name", roleName, "assumeRolePolicyDocument", TestPolicies.trustAccount()))
                .then().statusCode(201);
    }
}
