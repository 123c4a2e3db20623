package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: IAM groups and memberships. */
@GatehouseTest
class IamGroupApiTest {

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createGetRenameDeleteWhenValidThenEachReflectsState() {
        String name = IamFixtures.unique("admins");
        api.post(IamFixtures.GROUPS, Map.of("name", name, "path", "/ops/")).then().statusCode(201)
                .body("id", matchesPattern("AGPA[A-Z2-7]{17}"))
                .body("arn", equalTo("arn:aws:iam::000000000000:group/ops/" + name));
        assertProblem(api.post(IamFixtures.GROUPS, Map.of("name", name.toUpperCase())), 409, "EntityAlreadyExists");
        api.patch(IamFixtures.GROUPS + "/" + name, Map.of("name", name + "-x")).then().statusCode(200)
                .body("arn", equalTo("arn:aws:iam::000000000000:group/ops/" + name + "-x"));
        assertProblem(api.get(IamFixtures.GROUPS + "/" + name), 404, "NoSuchEntity");
        api.delete(IamFixtures.GROUPS + "/" + name + "-x").then().statusCode(204);
        assertProblem(api.delete(IamFixtures.GROUPS + "/" + name + "-x"), 404, "NoSuchEntity");
        assertProblem(api.post(IamFixtures.GROUPS, Map.of("name", "x".repeat(129))), 400, "ValidationError");
    }

    @Test
    void membersWhenAddedThenListedBothWaysAndDeleteConflicts() {
        String group = IamFixtures.unique("devs");
        api.post(IamFixtures.GROUPS, Map.of("name", group)).then().statusCode(201);
        String user = IamFixtures.user(api);
        api.put(IamFixtures.GROUPS + "/" + group + "/members/" + user, null).then().statusCode(204);
        api.put(IamFixtures.GROUPS + "/" + group + "/members/" + user, null).then().statusCode(204);
        api.get(IamFixtures.GROUPS + "/" + group + "/members").then().statusCode(200)
                .body("items.name", equalTo(List.of(user)));
        api.get(IamFixtures.USERS + "/" + user + "/groups").then().statusCode(200)
                .body("items.name", equalTo(List.of(group)));
        assertProblem(api.delete(IamFixtures.GROUPS + "/" + group), 409, "DeleteConflict");
        api.delete(IamFixtures.GROUPS + "/" + group + "/members/" + user).then().statusCode(204);
        assertProblem(api.delete(IamFixtures.GROUPS + "/" + group + "/members/" + user), 404, "NoSuchEntity");
        assertProblem(api.put(IamFixtures.GROUPS + "/" + group + "/members/nobody-x", null), 404, "NoSuchEntity");
        api.delete(IamFixtures.GROUPS + "/" + group).then().statusCode(204);
    }

    @Test
    void addWhenUserInTenGroupsThenLimitExceeded() {
        String user = IamFixtures.user(api);
        for (int i = 0; i < 10; i++) {
            String group = IamFixtures.unique("g" + i);
            api.post(IamFixtures.GROUPS, Map.of("name", group)).then().statusCode(201);
            api.put(IamFixtures.GROUPS + "/" + group + "/members/" + user, null).then().statusCode(204);
        }
        String eleventh = IamFixtures.unique("g11");
        api.post(IamFixtures.GROUPS, Map.of("name", eleventh)).then().statusCode(201);
        assertProblem(api.put(IamFixtures.GROUPS + "/" + eleventh + "/members/" + user, null), 409, "LimitExceeded");
    }
}
