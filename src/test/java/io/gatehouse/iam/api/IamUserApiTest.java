package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: IAM users, their tags, renames and deletion conflicts. */
@GatehouseTest
class IamUserApiTest {

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createWhenValidThenCreatedWithIamIdentifiers() {
        String name = IamFixtures.unique("alice");
        api.post(IamFixtures.USERS, Map.of("name", name, "path", "/engineering/", "tags", Map.of("team", "core"),
                "permissionsBoundary", "arn:aws:iam::000000000000:policy/Boundary"))
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/iam/users/" + name))
                .body("name", equalTo(name))
                .body("id", matchesPattern("AIDA[A-Z2-7]{17}"))
                .body("arn", equalTo("arn:aws:iam::000000000000:user/engineering/" + name))
                .body("path", equalTo("/engineering/"))
                .body("permissionsBoundary", equalTo("arn:aws:iam::000000000000:policy/Boundary"))
                .body("tags.team", equalTo("core"))
                .body("createdAt", notNullValue());
        api.get(IamFixtures.USERS + "/" + name.toUpperCase()).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void createWhenNameTakenInAnyCaseThenEntityAlreadyExists() {
        String name = IamFixtures.user(api);
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", name.toUpperCase())), 409, "EntityAlreadyExists")
                .body("detail", containsString("already exists"));
    }

    @Test
    void createWhenNameInvalidThenValidationError() {
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", "bad name!")), 400, "ValidationError");
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", "x".repeat(65))), 400, "ValidationError");
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", "ok", "path", "no-slashes")), 400, "ValidationError");
        assertProblem(api.post(IamFixtures.USERS, Map.of()), 400, "InvalidParameterException");
        assertProblem(api.post(IamFixtures.USERS, "{\"name\": \"u\", \"colour\": \"red\"}"), 400, "SerializationException");
    }

    @Test
    void createWhenBoundaryIsNotAPolicyArnThenInvalidInput() {
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", IamFixtures.unique("b"),
                "permissionsBoundary", "arn:aws:iam::000000000000:role/NotAPolicy")), 400, "InvalidInput");
    }

    @Test
    void createWhenTooManyOrReservedTagsThenRejectedAndNothingWritten() {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        String name = IamFixtures.unique("tags");
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", name, "tags", tags)), 400, "ValidationError");
        assertProblem(api.post(IamFixtures.USERS, Map.of("name", name, "tags", Map.of("aws:owner", "x"))), 400,
                "InvalidInput");
        assertProblem(api.get(IamFixtures.USERS + "/" + name), 404, "NoSuchEntity");
    }

    @Test
    void tagWhenKeyDiffersInCaseThenReplacedAndUntagRemoves() {
        String name = IamFixtures.user(api);
        api.put(IamFixtures.USERS + "/" + name + "/tags", Map.of("tags", Map.of("Team", "a", "env", "dev")))
                .then().statusCode(200).body("Team", equalTo("a"));
        api.put(IamFixtures.USERS + "/" + name + "/tags", Map.of("tags", Map.of("team", "b")))
                .then().statusCode(200).body("team", equalTo("b")).body("Team", nullValue());
        api.delete(IamFixtures.USERS + "/" + name + "/tags?key=env").then().statusCode(200).body("env", nullValue());
        api.get(IamFixtures.USERS + "/" + name + "/tags").then().statusCode(200).body("", equalTo(Map.of("team", "b")));
    }

    @Test
    void tagWhenMoreThanFiftyInAllThenLimitExceeded() {
        String name = IamFixtures.user(api);
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            tags.put("k" + i, "v");
        }
        api.put(IamFixtures.USERS + "/" + name + "/tags", Map.of("tags", tags)).then().statusCode(200);
        assertProblem(api.put(IamFixtures.USERS + "/" + name + "/tags", Map.of("tags", Map.of("one-more", "v"))), 409,
                "LimitExceeded");
    }

    @Test
    void listWhenPathPrefixAndLimitThenFilteredPages() {
        String prefix = "/" + IamFixtures.unique("team") + "/";
        for (String n : List.of("c", "a", "b")) {
            api.post(IamFixtures.USERS, Map.of("name", IamFixtures.unique(n), "path", prefix)).then().statusCode(201);
        }
        Response first = api.get(IamFixtures.USERS + "?pathPrefix=" + prefix + "&limit=2");
        first.then().statusCode(200).body("items.size()", equalTo(2)).body("nextCursor", notNullValue());
        List<String> firstNames = first.jsonPath().getList("items.name");
        Response second = api.get(IamFixtures.USERS + "?pathPrefix=" + prefix + "&limit=2&cursor="
                + first.jsonPath().getString("nextCursor"));
        second.then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", nullValue());
        assertEquals(List.of("a", "b"), firstNames.stream().map(n -> n.substring(0, 1)).toList());
        assertEquals("c", second.jsonPath().getString("items[0].name").substring(0, 1));
    }

    @Test
    void updateWhenRenamedThenOldNameGoneAndKeysFollowNewArn() {
        String name = IamFixtures.user(api);
        SignedRequests asUser = IamFixtures.signedAs(api, name);
        String renamed = name + "-new";
        api.patch(IamFixtures.USERS + "/" + name, Map.of("name", renamed, "path", "/moved/")).then().statusCode(200)
                .body("arn", equalTo("arn:aws:iam::000000000000:user/moved/" + renamed));
        assertProblem(api.get(IamFixtures.USERS + "/" + name), 404, "NoSuchEntity");
        asUser.get("/api/v1/iam/self").then().statusCode(200).body("name", equalTo(renamed))
                .body("arn", equalTo("arn:aws:iam::000000000000:user/moved/" + renamed));
    }

    @Test
    void updateWhenNewNameTakenThenEntityAlreadyExists() {
        String a = IamFixtures.user(api);
        String b = IamFixtures.user(api);
        assertProblem(api.patch(IamFixtures.USERS + "/" + a, Map.of("name", b)), 409, "EntityAlreadyExists");
    }

    @Test
    void deleteWhenUserHasCredentialsThenDeleteConflictUntilRemoved() {
        String name = IamFixtures.user(api);
        String keyId = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).jsonPath().getString("accessKeyId");
        api.post(IamFixtures.USERS + "/" + name + "/login-profile", Map.of("password", "Str0ng-Passw0rd!"))
                .then().statusCode(201);
        String group = IamFixtures.unique("g");
        api.post(IamFixtures.GROUPS, Map.of("name", group)).then().statusCode(201);
        api.put(IamFixtures.GROUPS + "/" + group + "/members/" + name, null).then().statusCode(204);

        assertProblem(api.delete(IamFixtures.USERS + "/" + name), 409, "DeleteConflict")
                .body("detail", containsString("login profile"));
        api.delete(IamFixtures.USERS + "/" + name + "/login-profile").then().statusCode(204);
        assertProblem(api.delete(IamFixtures.USERS + "/" + name), 409, "DeleteConflict")
                .body("detail", containsString("access keys"));
        api.delete(IamFixtures.USERS + "/" + name + "/access-keys/" + keyId).then().statusCode(204);
        assertProblem(api.delete(IamFixtures.USERS + "/" + name), 409, "DeleteConflict")
                .body("detail", containsString("group"));
        api.delete(IamFixtures.GROUPS + "/" + group + "/members/" + name).then().statusCode(204);
        api.delete(IamFixtures.USERS + "/" + name).then().statusCode(204);
        assertProblem(api.get(IamFixtures.USERS + "/" + name), 404, "NoSuchEntity");
    }

    @Test
    void selfWhenRootThenRootArnAndAccountId() {
        api.get("/api/v1/iam/self").then().statusCode(200)
                .body("arn", equalTo("arn:aws:iam::000000000000:root"))
                .body("id", equalTo("000000000000"))
                .body("name", nullValue());
    }

    @Test
    void getWhenUserOfAnotherAccountThenNoSuchEntity() {
        String name = IamFixtures.user(api);
        SignedRequests other = TestAccounts.root("222233334444", "AKIAOTHERIAMROOT0001", "other-iam-secret-000000000000000000000");
        assertProblem(other.get(IamFixtures.USERS + "/" + name), 404, "NoSuchEntity");
        assertProblem(other.delete(IamFixtures.USERS + "/" + name), 404, "NoSuchEntity");
    }
}
