package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: customer managed policies, their versions, and the Gatehouse-managed ones. */
@GatehouseTest
class ManagedPolicyApiTest {

    private static final String POLICIES = "/api/v1/iam/policies";
    private final SignedRequests api = SignedRequests.root();
    private final String name = "ReadIam-" + IamPrincipalFixtures.suffix();

    @Test
    void createWhenValidThenFirstVersionIsDefault() {
        String id = api.post(POLICIES, Map.of("name", name, "path", "/team/", "document", TestPolicies.allow("iam:Get*"),
                        "description", "read", "tags", Map.of("team", "a")))
                .then().statusCode(201)
                .body("id", matchesPattern("ANPA[A-Z0-9]{17}"))
                .body("arn", equalTo("arn:aws:iam::000000000000:policy/team/" + name))
                .body("defaultVersionId", equalTo("v1"))
                .body("attachmentCount", equalTo(0))
                .body("permissionsBoundaryUsageCount", equalTo(0))
                .body("isAttachable", equalTo(true))
                .body("awsManaged", equalTo(false))
                .body("description", equalTo("read"))
                .body("tags.team", equalTo("a"))
                .extract().path("id");
        api.get(POLICIES + "/" + id + "/versions/v1").then().statusCode(200)
                .body("document", equalTo(TestPolicies.allow("iam:Get*"))).body("isDefault", equalTo(true));
        String encodedArn = java.net.URLEncoder.encode("arn:aws:iam::000000000000:policy/team/" + name,
                java.nio.charset.StandardCharsets.UTF_8);
        api.get(POLICIES + "/" + encodedArn).then().statusCode(200).body("id", equalTo(id));
        api.get(POLICIES + "/" + encodedArn + "/versions").then().statusCode(200).body("versionId", equalTo(List.of("v1")));
    }

    @Test
    void createWhenNameTakenThenEntityAlreadyExists() {
        create();
        assertProblem(api.post(POLICIES, Map.of("name", name, "document", TestPolicies.allow("iam:Get*"))), 409,
                "EntityAlreadyExists").body("detail",
                equalTo("A policy called " + name + " already exists. Duplicate names are not allowed."));
    }

    @Test
    void createWhenDocumentMalformedOrHasPrincipalThenMalformedPolicyDocument() {
        assertProblem(api.post(POLICIES, Map.of("name", name, "document", "{\"Version\":\"2012-10-17\"}")), 400,
                "MalformedPolicyDocument");
        assertProblem(api.post(POLICIES, Map.of("name", name, "document", TestPolicies.trustAccount())), 400,
                "MalformedPolicyDocument");
        assertProblem(api.get(POLICIES + "?scope=Local&pathPrefix=no-slash"), 400, "ValidationError");
    }

    @Test
    void versionsWhenSixthCreatedThenLimitExceeded() {
        String id = create();
        for (int i = 2; i <= 5; i++) {
            api.post(POLICIES + "/" + id + "/versions", Map.of("document", TestPolicies.allow("iam:List" + i)))
                    .then().statusCode(201).body("versionId", equalTo("v" + i)).body("isDefault", equalTo(false));
        }
        assertProblem(api.post(POLICIES + "/" + id + "/versions", Map.of("document", TestPolicies.allow("iam:X"))),
                409, "LimitExceeded");
        api.get(POLICIES + "/" + id + "/versions").then().statusCode(200)
                .body("versionId", equalTo(List.of("v5", "v4", "v3", "v2", "v1")));
    }

    @Test
    void versionLifecycleWhenDefaultChangesThenOldOneDeletable() {
        String id = create();
        api.post(POLICIES + "/" + id + "/versions", Map.of("document", TestPolicies.allow("iam:List*"),
                "setAsDefault", true)).then().statusCode(201).body("isDefault", equalTo(true));
        api.get(POLICIES + "/" + id).then().body("defaultVersionId", equalTo("v2"));
        assertProblem(api.delete(POLICIES + "/" + id + "/versions/v2"), 409, "DeleteConflict")
                .body("detail", equalTo("Cannot delete the default version of a policy."));
        assertProblem(api.delete(POLICIES + "/" + id), 409, "DeleteConflict");
        api.put(POLICIES + "/" + id + "/default-version", Map.of("versionId", "v1")).then().statusCode(200)
                .body("defaultVersionId", equalTo("v1"));
        api.delete(POLICIES + "/" + id + "/versions/v2").then().statusCode(204);
        assertProblem(api.get(POLICIES + "/" + id + "/versions/v2"), 404, "NoSuchEntity");
        assertProblem(api.get(POLICIES + "/" + id + "/versions/2"), 400, "ValidationError");
        api.delete(POLICIES + "/" + id).then().statusCode(204);
        assertProblem(api.get(POLICIES + "/" + id), 404, "NoSuchEntity");
    }

    @Test
    void deleteWhenAttachedOrBoundaryThenDeleteConflict() {
        String id = create();
        String arn = api.get(POLICIES + "/" + id).then().extract().path("arn");
        String role = "R" + name;
        api.post("/api/v1/iam/roles", Map.of("name", role, "assumeRolePolicyDocument", TestPolicies.trustAccount(),
                "permissionsBoundary", arn)).then().statusCode(201);
        api.get(POLICIES + "/" + id).then().body("permissionsBoundaryUsageCount", equalTo(1));
        assertProblem(api.delete(POLICIES + "/" + id), 409, "DeleteConflict")
                .body("detail", equalTo("Cannot delete a policy attached to entities."));
        api.delete("/api/v1/iam/roles/" + role + "/permissions-boundary").then().statusCode(204);
        api.post("/api/v1/iam/roles/" + role + "/attached-policies", Map.of("policyArn", arn)).then().statusCode(204);
        api.get(POLICIES + "/" + id).then().body("attachmentCount", equalTo(1));
        api.get(POLICIES + "/" + id + "/entities").then().statusCode(200)
                .body("roles.name", equalTo(List.of(role))).body("users", equalTo(List.of()));
        assertProblem(api.delete(POLICIES + "/" + id), 409, "DeleteConflict");
    }

    @Test
    void awsManagedWhenListedThenPresentAndReadOnly() {
        api.get(POLICIES + "?scope=AWS&limit=60").then().statusCode(200)
                .body("items.arn", hasItem(TestPolicies.ADMIN_ARN))
                .body("items.awsManaged", everyItem(equalTo(true)))
                .body("items.arn", everyItem(startsWith("arn:aws:iam::aws:policy/")));
        api.get(POLICIES + "/ANPAIWMBCKSKIEE64ZLYK").then().statusCode(200)
                .body("name", equalTo("AdministratorAccess")).body("defaultVersionId", equalTo("v1"));
        api.get(POLICIES + "/ANPAIWMBCKSKIEE64ZLYK/versions/v1").then().statusCode(200)
                .body("document", org.hamcrest.Matchers.containsString("\"Action\": \"*\""));
        assertProblem(api.post(POLICIES + "/ANPAIWMBCKSKIEE64ZLYK/versions",
                Map.of("document", TestPolicies.allow("iam:*"))), 400, "UnmodifiableEntity");
        assertProblem(api.delete(POLICIES + "/ANPAIWMBCKSKIEE64ZLYK"), 400, "UnmodifiableEntity");
    }

    @Test
    void listWhenScopeLocalAndOnlyAttachedThenFiltered() {
        String path = "/l" + IamPrincipalFixtures.suffix() + "/";
        api.post(POLICIES, Map.of("name", "b" + name, "path", path, "document", TestPolicies.allow("iam:Get*")))
                .then().statusCode(201);
        api.post(POLICIES, Map.of("name", "a" + name, "path", path, "document", TestPolicies.allow("iam:Get*")))
                .then().statusCode(201);
        var first = api.get(POLICIES + "?scope=Local&pathPrefix=" + path + "&limit=1");
        first.then().statusCode(200).body("items.name", equalTo(List.of("a" + name))).body("nextCursor", notNullValue());
        api.get(POLICIES + "?scope=Local&pathPrefix=" + path + "&limit=1&cursor=" + first.jsonPath().getString("nextCursor"))
                .then().body("items.name", equalTo(List.of("b" + name))).body("nextCursor", nullValue());
        api.get(POLICIES + "?scope=Local&onlyAttached=true&pathPrefix=" + path).then().body("items", equalTo(List.of()));
        api.get(POLICIES + "?scope=Local&limit=60").then().body("items.awsManaged", not(hasItem(true)));
        assertProblem(api.get(POLICIES + "?scope=Everything"), 400, "ValidationError");
    }

    @Test
    void tagWhenCustomerPolicyThenTagsChange() {
        String id = create();
        api.post(POLICIES + "/" + id + "/tags", Map.of("tags", Map.of("k", "v"))).then().statusCode(200)
                .body("k", equalTo("v"));
        api.delete(POLICIES + "/" + id + "/tags?key=k").then().statusCode(200).body("k", nullValue());
        assertProblem(api.post(POLICIES + "/ANPAIWMBCKSKIEE64ZLYK/tags", Map.of("tags", Map.of("k", "v"))), 400,
                "UnmodifiableEntity");
    }

    private String create() {
        return api.post(POLICIES, Map.of("name", name, "document", TestPolicies.allow("iam:Get*")))
                .then().statusCode(201).extract().path("id");
    }
}
