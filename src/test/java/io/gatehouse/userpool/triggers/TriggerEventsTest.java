package io.gatehouse.userpool.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.Triggers;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStatus;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event shapes as Cognito sends them, and how answers are read. */
class TriggerEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID SUB = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final PoolUser ALICE = new PoolUser(SUB, "us-east-1_Events1", "alice", true, UserStatus.CONFIRMED,
            null, Map.of("email", "alice@example.com"), Instant.EPOCH, Instant.EPOCH);

    @Test
    void preAuthenticationWhenUserThenSharedParametersAndAttributes() throws Exception {
        ObjectNode event = AuthenticationEvent.preAuthentication(pool(Triggers.V1_0), "client-1", "ALICE", ALICE, Map.of());

        assertThat(event).isEqualTo(JSON.readTree("""
                {"version": "1", "triggerSource": "PreAuthentication_Authentication", "region": "us-east-1",
                 "userPoolId": "us-east-1_Events1", "userName": "alice",
                 "callerContext": {"awsSdkVersion": "gatehouse", "clientId": "client-1"},
                 "request": {"userAttributes": {"cognito:user_status": "CONFIRMED", "email": "alice@example.com",
                                                "sub": "00000000-0000-0000-0000-000000000001"},
                             "validationData": {}},
                 "response": {}}"""));
    }

    @Test
    void preAuthenticationWhenNoUserThenUserNotFound() {
        ObjectNode event = AuthenticationEvent.preAuthentication(pool(Triggers.V1_0), "c", "ghost", null, Map.of());

        assertThat(event.at("/request/userNotFound").asBoolean()).isTrue();
        assertThat(event.get("userName").asText()).isEqualTo("ghost");
    }

    @Test
    void parseWhenPreSignUpAnswerThenDecisions() throws Exception {
        ObjectNode event = PreSignUpEvent.of(pool(Triggers.V1_0), PreSignUpEvent.SIGN_UP, "c", "bob",
                Map.of("email", "bob@example.com"), Map.of(), Map.of());
        ((ObjectNode) event.get("response")).put("autoConfirmUser", true).put("autoVerifyEmail", true);

        assertThat(event.at("/response/autoVerifyPhone").asBoolean()).isFalse();
        assertThat(PreSignUpEvent.parse(event)).isEqualTo(new PreSignUpEvent.Result(true, true, false));
    }

    @Test
    void parseWhenCustomMessageWithoutCodeThenInvalidLambdaResponse() throws Exception {
        ObjectNode event = CustomMessageEvent.of(pool(Triggers.V1_0), CustomMessageEvent.SIGN_UP, "c", ALICE, Map.of());
        assertThat(event.at("/request/codeParameter").asText()).isEqualTo("{####}");
        ((ObjectNode) event.get("response")).put("emailMessage", "Welcome!");

        GatehouseException e = catchThrowableOfType(() -> CustomMessageEvent.parse(event, false), GatehouseException.class);

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_LAMBDA_RESPONSE);
    }

    @Test
    void parseWhenCustomMessageKeepsCodeThenTexts() {
        ObjectNode event = CustomMessageEvent.of(pool(Triggers.V1_0), CustomMessageEvent.SIGN_UP, "c", ALICE, Map.of());
        ((ObjectNode) event.get("response")).put("emailMessage", "Code {####}").put("emailSubject", "Hi");

        assertThat(CustomMessageEvent.parse(event, false)).isEqualTo(new CustomMessageEvent.Result("Hi", "Code {####}", null));
    }

    @Test
    void parseWhenMigrationAnswerThenUserToCreate() throws Exception {
        ObjectNode event = UserMigrationEvent.of(pool(Triggers.V1_0), UserMigrationEvent.AUTHENTICATION, "c", "bob",
                "Old-Passw0rd!", Map.of(), Map.of());
        assertThat(event.at("/request/password").asText()).isEqualTo("Old-Passw0rd!");
        event.set("response", JSON.readTree("""
                {"userAttributes": {"email": "bob@example.com"}, "finalUserStatus": "RESET_REQUIRED",
                 "messageAction": "SUPPRESS"}"""));

        UserMigrationEvent.Migrated migrated = UserMigrationEvent.parse(event);

        assertThat(migrated.userAttributes()).isEqualTo(Map.of("email", "bob@example.com"));
        assertThat(migrated.finalUserStatus()).isEqualTo(UserStatus.RESET_REQUIRED);
    }

    @Test
    void parseWhenMigrationAnswerEmptyThenNoUser() {
        ObjectNode event = UserMigrationEvent.of(pool(Triggers.V1_0), UserMigrationEvent.AUTHENTICATION, "c", "bob",
                "p", Map.of(), Map.of());

        assertThat(UserMigrationEvent.parse(event)).isNull();
    }

    @Test
    void parseWhenPreTokenV1ThenIdTokenChangesAndGroups() throws Exception {
        UserPool pool = pool(Triggers.V1_0);
        ObjectNode event = PreTokenGenerationEvent.of(pool, PreTokenGenerationEvent.AUTHENTICATION, "c", ALICE,
                new TokenOverrides.Groups(List.of("admins"), List.of(), null), List.of("openid"));
        assertThat(event.get("version").asText()).isEqualTo("1");
        assertThat(event.at("/request/groupConfiguration/groupsToOverride/0").asText()).isEqualTo("admins");
        assertThat(event.at("/request/scopes").isMissingNode()).isTrue();
        event.set("response", JSON.readTree("""
                {"claimsOverrideDetails": {"claimsToAddOrOverride": {"tier": "gold"}, "claimsToSuppress": ["email"],
                 "groupOverrideDetails": {"groupsToOverride": ["beta"]}}}"""));

        TokenOverrides overrides = PreTokenGenerationEvent.parse(pool, event);

        assertThat(overrides.idToken().claimsToAddOrOverride()).isEqualTo(Map.of("tier", "gold"));
        assertThat(overrides.idToken().claimsToSuppress()).containsExactly("email");
        assertThat(overrides.accessToken()).isEqualTo(TokenOverrides.Changes.NONE);
        assertThat(overrides.groups().groupsToOverride()).containsExactly("beta");
    }

    @Test
    void parseWhenPreTokenV1ClaimNotStringThenInvalidLambdaResponse() throws Exception {
        UserPool pool = pool(Triggers.V1_0);
        ObjectNode answer = (ObjectNode) JSON.readTree("""
                {"response": {"claimsOverrideDetails": {"claimsToAddOrOverride": {"n": 5}}}}""");

        GatehouseException e = catchThrowableOfType(() -> PreTokenGenerationEvent.parse(pool, answer), GatehouseException.class);

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_LAMBDA_RESPONSE);
    }

    @Test
    void parseWhenPreTokenV2ThenBothTokensAndScopes() throws Exception {
        UserPool pool = pool(Triggers.V2_0);
        ObjectNode event = PreTokenGenerationEvent.of(pool, PreTokenGenerationEvent.REFRESH_TOKENS, "c", ALICE,
                new TokenOverrides.Groups(List.of(), List.of(), null), List.of("openid", "email"));
        assertThat(event.get("version").asText()).isEqualTo("2");
        assertThat(event.at("/request/scopes/1").asText()).isEqualTo("email");
        event.set("response", JSON.readTree("""
                {"claimsAndScopeOverrideDetails": {
                  "idTokenGeneration": {"claimsToAddOrOverride": {"plan": {"tier": 3}}},
                  "accessTokenGeneration": {"claimsToAddOrOverride": {"tenant": "t1"}, "scopesToAdd": ["api/read"],
                                            "scopesToSuppress": ["email"]}}}"""));

        TokenOverrides overrides = PreTokenGenerationEvent.parse(pool, event);

        assertThat(overrides.idToken().claimsToAddOrOverride()).isEqualTo(Map.of("plan", Map.of("tier", 3)));
        assertThat(overrides.accessToken().claimsToAddOrOverride()).isEqualTo(Map.of("tenant", "t1"));
        assertThat(overrides.accessToken().scopesToAdd()).containsExactly("api/read");
        assertThat(overrides.accessToken().scopesToSuppress()).containsExactly("email");
        assertThat(overrides.groups()).isNull();
    }

    @Test
    void responseWhenNotObjectThenInvalidLambdaResponse() throws Exception {
        ObjectNode answer = (ObjectNode) JSON.readTree("{\"response\": \"ok\"}");

        GatehouseException e = catchThrowableOfType(() -> TriggerEvent.response(answer), GatehouseException.class);

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_LAMBDA_RESPONSE);
    }

    @Test
    void triggersWhenPlainHttpToNonLoopbackThenInvalidParameter() {
        GatehouseException e = catchThrowableOfType(() -> new Triggers(URI.create("http://hooks.example.com/x"), null,
                null, null, null, null, null, null, null), GatehouseException.class);

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_PARAMETER);
        assertThat(new Triggers(URI.create("http://[::1]:8080/x"), null, null, null, null, null, null, null, null)
                .preSignUp()).hasHost("[::1]");
    }

    @Test
    void triggersWhenTimeoutOutOfRangeThenInvalidParameter() {
        GatehouseException e = catchThrowableOfType(() -> new Triggers(null, null, null, null, null, null, null, null,
                30_001), GatehouseException.class);

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_PARAMETER);
        assertThat(Triggers.NONE.timeoutMillis()).isEqualTo(5_000);
    }

    private static UserPool pool(String version) {
        Triggers triggers = new Triggers(null, null, null, null, URI.create("https://hooks.example.com/token"), version,
                null, null, null);
        return new UserPool("us-east-1_Events1", "000000000000", "events", PoolSettings.DEFAULT.withTriggers(triggers),
                Instant.EPOCH, Instant.EPOCH);
    }
}
