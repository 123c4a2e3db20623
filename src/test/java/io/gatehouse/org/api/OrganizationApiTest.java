package io.gatehouse.org.api;

import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The native organizations API ({@code /api/v1/organizations}) through signed RestAssured requests. */
@GatehouseTest
class OrganizationApiTest {

    private static final String CURRENT = "/api/v1/organizations/current";
    private static final String DENY_S3 = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";

    private String accountId;
    private SignedRequests management;

    @BeforeEach
    void account() {
        accountId = newAccountId();
        management = TestAccounts.root(accountId, "AKIAAPI" + accountId.substring(3), "org-api-secret-" + accountId);
    }

    @Test
    void organizationWhenCreatedThenDescribedWithRootAndDeletable() {
        JsonPath created = management.post("/api/v1/organizations", Map.of("featureSet", "ALL")).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(CURRENT))
                .body("id", matchesPattern("o-[a-z0-9]{10,32}"))
                .body("managementAccountId", equalTo(accountId))
                .body("featureSet", equalTo("ALL")).extract().jsonPath();

        management.get(CURRENT).then().statusCode(200).body("id", equalTo(created.getString("id")))
                .body("arn", equalTo("arn:aws:organizations::" + accountId + ":organization/" + created.getString("id")));
        management.get(CURRENT + "/roots").then().statusCode(200).body("items[0].name", equalTo("Root"))
                .body("items[0].id", matchesPattern("r-[0-9a-z]{4,32}"));
        assertProblem(management.post("/api/v1/organizations", "{}"), 409, "AlreadyInOrganizationException");

        management.delete(CURRENT).then().statusCode(204);
        assertProblem(management.get(CURRENT), 400, "AWSOrganizationsNotInUseException");
    }

    @Test
    void treeWhenBuiltThenAccountsOusAndScpsManagedThroughTheApi() {
        management.post("/api/v1/organizations", "{}").then().statusCode(201);
        String rootId = management.get(CURRENT + "/roots").then().extract().jsonPath().getString("items[0].id");
        management.put(CURRENT + "/roots/" + rootId + "/policy-types/SERVICE_CONTROL_POLICY", null).then()
                .statusCode(200).body("enabledPolicyTypes[0]", equalTo("SERVICE_CONTROL_POLICY"));

        String ouId = management.post(CURRENT + "/organizational-units", Map.of("parentId", rootId, "name", "Prod"))
                .then().statusCode(201).body("parentId", equalTo(rootId)).extract().jsonPath().getString("id");
        String email = PoolFixtures.unique("api") + "@example.com";
        JsonPath status = management.post(CURRENT + "/accounts", Map.of("email", email, "accountName", "Api"))
                .then().statusCode(201).body("state", equalTo("SUCCEEDED")).extract().jsonPath();
        String memberId = status.getString("accountId");
        management.get(CURRENT + "/create-account-statuses/" + status.getString("id")).then().statusCode(200)
                .body("accountId", equalTo(memberId));

        management.post(CURRENT + "/accounts/" + memberId + "/move",
                Map.of("sourceParentId", rootId, "destinationParentId", ouId)).then().statusCode(200)
                .body("parentId", equalTo(ouId)).body("email", equalTo(email));
        management.get(CURRENT + "/parents/" + ouId + "/children?childType=ACCOUNT").then().statusCode(200)
                .body("items[0].id", equalTo(memberId)).body("items[0].type", equalTo("ACCOUNT"));
        management.get(CURRENT + "/children/" + memberId + "/parents").then().statusCode(200)
                .body("items[0].id", equalTo(ouId));
        assertThat(management.get(CURRENT + "/accounts?parentId=" + ouId).then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(memberId);

        String policyId = management.post(CURRENT + "/policies", Map.of("name", "DenyS3", "description", "no S3",
                "content", DENY_S3)).then().statusCode(201).body("type", equalTo("SERVICE_CONTROL_POLICY"))
                .body("awsManaged", equalTo(false)).extract().jsonPath().getString("id");
        management.put(CURRENT + "/policies/" + policyId + "/targets/" + ouId, null).then().statusCode(204);
        assertThat(management.get(CURRENT + "/targets/" + ouId + "/policies").then().statusCode(200).extract()
                .jsonPath().getList("items.id")).containsExactlyInAnyOrder("p-FullAWSAccess", policyId);
        assertThat(management.get(CURRENT + "/policies/" + policyId + "/targets").then().statusCode(200).extract()
                .jsonPath().getList("items.id")).containsExactly(ouId);
        assertProblem(management.delete(CURRENT + "/policies/" + policyId), 409, "PolicyInUseException");
        management.delete(CURRENT + "/policies/" + policyId + "/targets/" + ouId).then().statusCode(204);
        management.delete(CURRENT + "/policies/" + policyId).then().statusCode(204);

        assertProblem(management.delete(CURRENT + "/organizational-units/" + ouId), 409,
                "OrganizationalUnitNotEmptyException");
        management.delete(CURRENT + "/accounts/" + memberId).then().statusCode(204);
        management.put(CURRENT + "/organizational-units/" + ouId, Map.of("name", "Production")).then().statusCode(200)
                .body("name", equalTo("Production"));
        management.delete(CURRENT + "/organizational-units/" + ouId).then().statusCode(204);
    }

    @Test
    void requestsWhenInvalidThenProblemsAndNothingWritten() {
        management.post("/api/v1/organizations", "{}").then().statusCode(201);
        String rootId = management.get(CURRENT + "/roots").then().extract().jsonPath().getString("items[0].id");

        assertProblem(management.post(CURRENT + "/organizational-units", Map.of("parentId", rootId)), 400,
                "InvalidParameterException");
        assertProblem(management.post(CURRENT + "/organizational-units", Map.of("parentId", "bad", "name", "x")), 400,
                "InvalidInputException");
        assertProblem(management.post(CURRENT + "/organizational-units", Map.of("parentId", rootId, "name", 5,
                "extra", true)), 400, "SerializationException");
        assertProblem(management.post(CURRENT + "/accounts", Map.of("email", "nope", "accountName", "x")), 400,
                "InvalidInputException");
        assertProblem(management.post(CURRENT + "/policies", Map.of("name", "P", "description", "", "content", "{")),
                400, "MalformedPolicyDocumentException");
        assertProblem(management.get(CURRENT + "/organizational-units/ou-zzzz-zzzzzzzz"), 404,
                "OrganizationalUnitNotFoundException");
        assertProblem(management.put(CURRENT + "/policies/p-FullAWSAccess/targets/" + rootId, null), 409,
                "PolicyTypeNotEnabledException");

        assertThat(management.get(CURRENT + "/organizational-units?parentId=" + rootId).then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        assertThat(management.get(CURRENT + "/accounts").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(accountId);
    }

    @Test
    void managementOperationsWhenCalledByMemberOrOutsiderThenRefused() {
        management.post("/api/v1/organizations", "{}").then().statusCode(201);
        String memberId = management.post(CURRENT + "/accounts", Map.of("email", PoolFixtures.unique("m") + "@example.com",
                "accountName", "M")).then().statusCode(201).extract().jsonPath().getString("accountId");
        SignedRequests member = TestAccounts.root(memberId, "AKIAMEM" + memberId.substring(3), "member-secret-" + memberId);

        member.get(CURRENT).then().statusCode(200).body("managementAccountId", equalTo(accountId));
        assertProblem(member.get(CURRENT + "/accounts"), 403, "AccessDeniedException");
        assertProblem(member.delete(CURRENT), 403, "AccessDeniedException");
        assertBareProblem(SignedRequests.as("AKIAOUT" + accountId.substring(3), "x").get(CURRENT), 401,
                "InvalidClientTokenId");
    }

    @Test
    void changesWhenMadeThenAuditedInTheManagementAccount() {
        String orgId = management.post("/api/v1/organizations", "{}").then().statusCode(201).extract().jsonPath()
                .getString("id");
        String rootId = management.get(CURRENT + "/roots").then().extract().jsonPath().getString("items[0].id");
        String ouId = management.post(CURRENT + "/organizational-units", Map.of("parentId", rootId, "name", "Audited"))
                .then().statusCode(201).extract().jsonPath().getString("id");

        management.get("/api/v1/audit-events?action=organizations.create").then().statusCode(200)
                .body("items[0].target", equalTo(orgId)).body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].actor", equalTo("arn:aws:iam::" + accountId + ":root"));
        management.get("/api/v1/audit-events?action=organizations.ou.create").then().statusCode(200)
                .body("items[0].target", equalTo(ouId));
    }

    private static String newAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }
}
