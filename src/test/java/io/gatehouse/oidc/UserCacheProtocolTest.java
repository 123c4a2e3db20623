package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UserInfo and the refresh grant read the user and the user's groups from the node's
 * {@code userpool.UserDirectory}: a repeated call answers with the same claims, and after every
 * kind of change to the user or the user's groups the next call shows it (or refuses).
 */
@GatehouseTest
class UserCacheProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";
    static final String USERS = "/api/v1/user-pools/" + DEMO_POOL + "/users/";
    static final String GROUPS = "/api/v1/user-pools/" + DEMO_POOL + "/groups/";
    static final String ROLE = "arn:aws:iam::000000000000:role/";

    @Test
    void userInfoWhenAskedTwiceThenSameClaimsBothTimes() throws ParseException {
        String username = PoolFixtures.createUser(DEMO_POOL, "cache-hit",
                Map.of("email", "hit@example.com", "name", "Hit Me"));
        Map<String, Object> tokens = OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD);
        String access = (String) tokens.get("access_token");
        String sub = PoolJwks.claims((String) tokens.get("id_token")).getSubject();

        Map<String, Object> first = userInfo(access).getMap("");
        Map<String, Object> second = userInfo(access).getMap("");

        assertThat(first).containsEntry("sub", sub).containsEntry("username", username)
                .containsEntry("email", "hit@example.com").containsEntry("name", "Hit Me");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void userInfoAndRefreshWhenAttributeUpdatedThenNewValue() throws ParseException {
        Session session = Session.of(PoolFixtures.createUser(DEMO_POOL, "cache-attr", Map.of("name", "Before")));
        assertThat(userInfo(session.access).getString("name")).isEqualTo("Before");
        assertThat(session.refresh().getStringClaim("name")).isEqualTo("Before");

        SignedRequests.root().patch(USERS + session.username + "/attributes", Map.of("name", "After"))
                .then().statusCode(200);

        assertThat(userInfo(session.access).getString("name")).isEqualTo("After");
        assertThat(session.refresh().getStringClaim("name")).isEqualTo("After");
    }

    @Test
    void refreshWhenAddedToAndRemovedFromGroupThenGroupClaimsFollow() throws ParseException {
        Session session = Session.of(PoolFixtures.createUser(DEMO_POOL, "cache-member", Map.of()));
        assertThat(session.refresh().getClaim("cognito:groups")).isNull();
        String group = createGroup(4, ROLE + "Member");

        SignedRequests.root().put(USERS + session.username + "/groups/" + group, null).then().statusCode(204);

        JWTClaimsSet added = session.refresh();
        assertThat(added.getStringListClaim("cognito:groups")).containsExactly(group);
        assertThat(added.getStringClaim("cognito:preferred_role")).isEqualTo(ROLE + "Member");
        assertThat(PoolJwks.verify(DEMO_POOL, session.access).getStringListClaim("cognito:groups")).containsExactly(group);
        SignedRequests.root().delete(USERS + session.username + "/groups/" + group).then().statusCode(204);
        assertThat(session.refresh().getClaim("cognito:groups")).isNull();
    }

    @Test
    void refreshWhenGroupUpdatedOrDeletedThenGroupClaimsFollow() throws ParseException {
        Session session = Session.of(PoolFixtures.createUser(DEMO_POOL, "cache-group", Map.of()));
        String first = createGroup(7, ROLE + "First");
        String second = createGroup(8, ROLE + "Second");
        SignedRequests.root().put(USERS + session.username + "/groups/" + first, null).then().statusCode(204);
        SignedRequests.root().put(USERS + session.username + "/groups/" + second, null).then().statusCode(204);
        assertThat(session.refresh().getStringClaim("cognito:preferred_role")).isEqualTo(ROLE + "First");

        SignedRequests.root().put(GROUPS + second, Map.of("precedence", 1, "roleArn", ROLE + "Promoted"))
                .then().statusCode(200);

        JWTClaimsSet promoted = session.refresh();
        assertThat(promoted.getStringListClaim("cognito:groups")).containsExactly(second, first);
        assertThat(promoted.getStringClaim("cognito:preferred_role")).isEqualTo(ROLE + "Promoted");
        SignedRequests.root().delete(GROUPS + second).then().statusCode(204);
        JWTClaimsSet deleted = session.refresh();
        assertThat(deleted.getStringListClaim("cognito:groups")).containsExactly(first);
        assertThat(deleted.getStringListClaim("cognito:roles")).containsExactly(ROLE + "First");
    }

    @Test
    void userInfoAndRefreshWhenUserDisabledThenRefusedAtOnce() throws ParseException {
        Session session = Session.of(PoolFixtures.createUser(DEMO_POOL, "cache-disabled", Map.of()));
        userInfo(session.access);
        session.refresh();

        PoolFixtures.disableUser(DEMO_POOL, session.username);

        assertOAuthError(given().auth().oauth2(session.access).get(USERINFO), 401, "invalid_token");
        assertOAuthError(session.refreshResponse(), 400, "invalid_grant");
    }

    @Test
    void userInfoAndRefreshWhenUserDeletedThenRefusedAtOnce() throws ParseException {
        Session session = Session.of(PoolFixtures.createUser(DEMO_POOL, "cache-deleted", Map.of()));
        userInfo(session.access);
        session.refresh();

        SignedRequests.root().delete(USERS + session.username).then().statusCode(204);

        assertOAuthError(given().auth().oauth2(session.access).get(USERINFO), 401, "invalid_token");
        assertOAuthError(session.refreshResponse(), 400, "invalid_grant");
    }

    private static JsonPath userInfo(String access) {
        return assertNoStoreJson(given().auth().oauth2(access).get(USERINFO));
    }

    private static String createGroup(int precedence, String roleArn) {
        String name = PoolFixtures.unique("cache-group");
        SignedRequests.root().post(GROUPS, new HashMap<>(Map.of("name", name, "precedence", precedence,
                "roleArn", roleArn))).then().statusCode(201);
        return name;
    }

    /** A user's demo-web tokens; {@link #refresh} rotates them and returns the new ID token's claims. */
    private static final class Session {
        final String username;
        String access;
        String refreshToken;

        private Session(String username, Map<String, Object> tokens) {
            this.username = username;
            this.access = (String) tokens.get("access_token");
            this.refreshToken = (String) tokens.get("refresh_token");
        }

        static Session of(String username) {
            return new Session(username, OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD));
        }

        io.restassured.response.Response refreshResponse() {
            return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                    .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).post(TOKEN);
        }

        JWTClaimsSet refresh() {
            JsonPath answer = assertNoStoreJson(refreshResponse());
            access = answer.getString("access_token");
            refreshToken = answer.getString("refresh_token");
            assertThat(List.of(access, refreshToken)).doesNotContainNull();
            return PoolJwks.verify(DEMO_POOL, answer.getString("id_token"));
        }
    }
}
