package io.gatehouse.userpool.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.testing.TriggerFixtures;
import io.gatehouse.testing.TriggerReceiver;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserPoolService;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls to a real local receiver: signature, headers, and Cognito's error names for each failure. */
@GatehouseTest
class TriggerInvokerTest {

    private static final String PATH = "/pre-auth";

    @Inject
    TriggerInvoker invoker;
    @Inject
    UserPoolService pools;

    private TriggerReceiver hooks;
    private String poolId;

    @BeforeEach
    void receiver() {
        hooks = TriggerReceiver.start();
        poolId = PoolFixtures.createPool("triggers");
    }

    @AfterEach
    void stop() {
        hooks.close();
    }

    @Test
    void invokeWhenSecretRotatedThenSignatureVerifiesOnlyWithNewSecret() {
        configure(hooks.url(PATH), 5000);
        String first = TriggerFixtures.rotateSecret(poolId);

        invoker.invoke(pool(), TriggerType.PRE_AUTHENTICATION, event());
        String second = TriggerFixtures.rotateSecret(poolId);
        invoker.invoke(pool(), TriggerType.PRE_AUTHENTICATION, event());

        TriggerReceiver.Call before = hooks.calls(PATH).get(0);
        TriggerReceiver.Call after = hooks.calls(PATH).get(1);
        long now = Instant.now().getEpochSecond();
        assertThat(second).isNotEqualTo(first).startsWith("ghtrg_");
        assertThat(TriggerSignature.verify(before.header("X-Gatehouse-Signature"), first, before.body(), now, 60)).isTrue();
        assertThat(TriggerSignature.verify(after.header("X-Gatehouse-Signature"), second, after.body(), now, 60)).isTrue();
        assertThat(TriggerSignature.verify(after.header("X-Gatehouse-Signature"), first, after.body(), now, 60)).isFalse();
        assertThat(after.header("X-Gatehouse-Trigger")).isEqualTo("PreAuthentication_Authentication");
        assertThat(after.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void invokeWhenReceiverReturnsEventThenAnswerIsIt() {
        configure(hooks.url(PATH), 5000);
        hooks.editEvent(PATH, e -> ((ObjectNode) e.get("response")).put("seen", true));

        ObjectNode answer = invoker.invoke(pool(), TriggerType.PRE_AUTHENTICATION, event());

        assertThat(answer.at("/response/seen").asBoolean()).isTrue();
    }

    @Test
    void invokeWhenReceiverTooSlowThenUnexpectedLambdaWithinTimeout() {
        configure(hooks.url(PATH), 300);
        hooks.answer(PATH, call -> new TriggerReceiver.Reply(200, "{}", 3000, null));
        long started = System.nanoTime();

        GatehouseException e = failure();

        assertThat(e.code()).isEqualTo(UserPoolError.UNEXPECTED_LAMBDA);
        assertThat(e.getMessage()).isEqualTo("PreAuthentication invocation failed due to error Socket timeout exception.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }

    @Test
    void invokeWhenBodyNotJsonThenInvalidLambdaResponse() {
        configure(hooks.url(PATH), 5000);
        hooks.answer(PATH, call -> TriggerReceiver.Reply.json(200, "not json"));

        GatehouseException e = failure();

        assertThat(e.code()).isEqualTo(UserPoolError.INVALID_LAMBDA_RESPONSE);
        assertThat(e.code().awsName()).isEqualTo("InvalidLambdaResponseException");
    }

    @Test
    void invokeWhenErrorStatusWithMessageThenUserLambdaValidation() {
        configure(hooks.url(PATH), 5000);
        hooks.answer(PATH, call -> TriggerReceiver.Reply.json(400, "{\"message\": \"Account locked\"}"));

        GatehouseException e = failure();

        assertThat(e.code().awsName()).isEqualTo("UserLambdaValidationException");
        assertThat(e.getMessage()).isEqualTo("PreAuthentication failed with error Account locked.");
    }

    @Test
    void invokeWhenErrorStatusWithoutMessageThenUnexpectedLambda() {
        configure(hooks.url(PATH), 5000);
        hooks.answer(PATH, call -> TriggerReceiver.Reply.json(503, "busy"));

        assertThat(failure().code()).isEqualTo(UserPoolError.UNEXPECTED_LAMBDA);
    }

    @Test
    void invokeWhenRedirectThenNotFollowed() {
        configure(hooks.url(PATH), 5000);
        hooks.answer(PATH, call -> new TriggerReceiver.Reply(302, null, 0, hooks.url("/elsewhere")));

        assertThat(failure().code()).isEqualTo(UserPoolError.UNEXPECTED_LAMBDA);
        assertThat(hooks.calls("/elsewhere")).isEmpty();
    }

    @Test
    void invokeWhenResponseTooLargeThenInvalidLambdaResponse() {
        configure(hooks.url(PATH), 5000);
        String big = "{\"response\": {\"pad\": \"" + "x".repeat(300 * 1024) + "\"}}";
        hooks.answer(PATH, call -> TriggerReceiver.Reply.json(200, big));

        assertThat(failure().code()).isEqualTo(UserPoolError.INVALID_LAMBDA_RESPONSE);
    }

    @Test
    void invokeWhenNothingListensThenUnexpectedLambda() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        configure("http://127.0.0.1:" + port + PATH, 1000);

        assertThat(failure().code()).isEqualTo(UserPoolError.UNEXPECTED_LAMBDA);
    }

    @Test
    void invokeWhenNotConfiguredThenEventReturnedWithoutCall() {
        ObjectNode event = event();

        assertThat(invoker.invoke(pool(), TriggerType.POST_AUTHENTICATION, event)).isSameAs(event);
        assertThat(hooks.calls(PATH)).isEmpty();
    }

    @Test
    void settingsWhenPlainHttpToRemoteHostThenRefused() {
        SignedRequests.root().patch("/api/v1/user-pools/" + poolId, Map.of("settings", Map.of("triggers",
                Map.of("preAuthentication", "http://hooks.example.com/pre")))).then().statusCode(400);
    }

    @Test
    void settingsWhenTriggersSetThenSecretNotInPoolView() {
        configure(hooks.url(PATH), 5000);
        String secret = TriggerFixtures.rotateSecret(poolId);

        String view = SignedRequests.root().get("/api/v1/user-pools/" + poolId).then().statusCode(200).extract().asString();

        assertThat(view).contains(hooks.url(PATH)).doesNotContain(secret);
    }

    @Test
    void rotateWhenPoolOfNobodyThenNotFound() {
        SignedRequests.root().post("/api/v1/user-pools/us-east-1_Nope12345/trigger-secret/rotate", null)
                .then().statusCode(404);
    }

    private void configure(String url, int timeoutMillis) {
        TriggerFixtures.setTriggers(poolId, Map.of("preAuthentication", url, "timeoutMillis", timeoutMillis));
    }

    private UserPool pool() {
        return pools.get(SignedRequests.ACCOUNT_ID, poolId);
    }

    private GatehouseException failure() {
        return catchThrowableOfType(() -> invoker.invoke(pool(), TriggerType.PRE_AUTHENTICATION, event()),
                GatehouseException.class);
    }

    private ObjectNode event() {
        ObjectNode event = TriggerEvent.create(pool(), "1", AuthenticationEvent.PRE_AUTHENTICATION, "alice", "client");
        event.put("unused", JsonNodeFactory.instance.textNode("x").asText());
        return event;
    }
}
