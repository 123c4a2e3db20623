package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.CredentialReportService;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: account alias, summary and credential report, in accounts of their own. */
@GatehouseTest
class IamAccountApiTest {

    @Test
    void aliasWhenCreatedThenListedUniqueAndDeletable() {
        SignedRequests a = TestAccounts.root("555566667777", "AKIAIAMALIASROOT0001", "alias-root-secret-000000000000000000000");
        SignedRequests b = TestAccounts.root("555566667778", "AKIAIAMALIASROOT0002", "alias-root-secret-000000000000000000001");
        a.get("/api/v1/iam/account/aliases").then().statusCode(200).body("items", equalTo(List.of()));
        a.put("/api/v1/iam/account/aliases/acme-prod", null).then().statusCode(204);
        a.get("/api/v1/iam/account/aliases").then().body("items", equalTo(List.of("acme-prod")));
        assertProblem(b.put("/api/v1/iam/account/aliases/acme-prod", null), 409, "EntityAlreadyExists");
        assertProblem(b.put("/api/v1/iam/account/aliases/Acme", null), 400, "ValidationError");
        assertProblem(b.put("/api/v1/iam/account/aliases/a--b", null), 400, "ValidationError");
        a.put("/api/v1/iam/account/aliases/acme-prod2", null).then().statusCode(204);
        a.get("/api/v1/iam/account/aliases").then().body("items", equalTo(List.of("acme-prod2")));
        assertProblem(a.delete("/api/v1/iam/account/aliases/acme-prod"), 404, "NoSuchEntity");
        a.delete("/api/v1/iam/account/aliases/acme-prod2").then().statusCode(204);
        b.put("/api/v1/iam/account/aliases/acme-prod2", null).then().statusCode(204);
    }

    @Test
    void summaryWhenEntitiesExistThenCountedWithQuotas() {
        SignedRequests root = TestAccounts.root("555566667779", "AKIAIAMSUMMARYROOT01", "summary-root-secret-0000000000000000000");
        IamFixtures.user(root);
        IamFixtures.user(root);
        root.post(IamFixtures.GROUPS, Map.of("name", "g")).then().statusCode(201);
        root.post("/api/v1/iam/mfa-devices", Map.of("name", "spare")).then().statusCode(201);
        root.get("/api/v1/iam/account/summary").then().statusCode(200)
                .body("Users", equalTo(2)).body("UsersQuota", equalTo(5000))
                .body("Groups", equalTo(1)).body("GroupsQuota", equalTo(300))
                .body("Roles", equalTo(0)).body("Policies", equalTo(0))
                .body("MFADevices", equalTo(1)).body("MFADevicesInUse", equalTo(0))
                .body("AccountMFAEnabled", equalTo(0)).body("AccountAccessKeysPresent", equalTo(1))
                .body("AccessKeysPerUserQuota", equalTo(2));
    }

    @Test
    void credentialReportWhenGeneratedThenAwsColumnsOneRowPerUser() {
        SignedRequests root = TestAccounts.root("555566667780", "AKIAIAMREPORTROOT001", "report-root-secret-00000000000000000000");
        assertProblem(root.get("/api/v1/iam/credential-report"), 410, "ReportNotPresent");
        String name = IamFixtures.user(root);
        root.post(IamFixtures.USERS + "/" + name + "/login-profile", Map.of("password", "Str0ng-Passw0rd!"))
                .then().statusCode(201);
        root.post(IamFixtures.USERS + "/" + name + "/access-keys", null).then().statusCode(201);
        root.post("/api/v1/iam/credential-report", null).then().statusCode(200).body("state", equalTo("COMPLETE"));
        String csv = root.get("/api/v1/iam/credential-report").then().statusCode(200)
                .body("reportFormat", equalTo("text/csv")).extract().jsonPath().getString("content");
        List<String> lines = csv.lines().toList();
        assertEquals(CredentialReportService.HEADER, lines.get(0));
        assertEquals(3, lines.size());
        String[] rootRow = lines.get(1).split(",", -1);
        assertEquals("<root_account>", rootRow[0]);
        assertEquals("arn:aws:iam::555566667780:root", rootRow[1]);
        assertEquals("not_supported", rootRow[3]);
        assertEquals("true", rootRow[8]);
        String[] userRow = lines.get(2).split(",", -1);
        assertEquals(22, userRow.length);
        assertEquals(name, userRow[0]);
        assertEquals("true", userRow[3]);
        assertEquals("no_information", userRow[4]);
        assertEquals("N/A", userRow[6]);
        assertEquals("false", userRow[7]);
        assertEquals("true", userRow[8]);
        assertEquals("N/A", userRow[10]);
        assertEquals("false", userRow[13]);
        assertTrue(userRow[2].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00"), userRow[2]);
    }
}
