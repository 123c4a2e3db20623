package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Calls a pool's trigger webhook the way Cognito calls a Lambda: the event JSON is POSTed,
 * signed ({@link TriggerSignature}) with the pool's secret, and the event the receiver returns
 * is the answer. Failures carry Cognito's error names: the call failing is
 * UnexpectedLambdaException, an unreadable answer InvalidLambdaResponseException, and an error
 * status with a {@code {"message": "..."}} body (a Lambda that throws) UserLambdaValidationException
 * "&lt;Trigger&gt; failed with error &lt;message&gt;.". Events can hold passwords (user migration),
 * so only the pool, trigger, status and duration are ever logged.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html">Lambda triggers</a>
 */
@ApplicationScoped
public class TriggerInvoker {

    public static final String TRIGGER_HEADER = "X-Gatehouse-Trigger";
    static final String UNRECOGNIZABLE = "Unrecognizable lambda output";
    private static final Logger LOG = Logger.getLogger(TriggerInvoker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 1024;

    private final TriggerSecrets secrets;
    private final TriggerTransport transport;
    private final Clock clock;

    public TriggerInvoker(TriggerSecrets secrets, TriggerConfig config, Clock clock) {
        this.secrets = secrets;
        this.transport = new TriggerTransport(config.connectTimeout(), config.maxResponseBytes());
        this.clock = clock;
    }

    /** Whether the pool has a webhook for {@code type}. */
    public boolean configured(UserPool pool, TriggerType type) {
        return type.url(pool.settings().triggers()).isPresent();
    }

    /**
     * Sends {@code event} to the pool's {@code type} webhook and returns the event it answers
     * with; without a webhook for {@code type}, returns {@code event} itself.
     */
    public ObjectNode invoke(UserPool pool, TriggerType type, ObjectNode event) {
        Optional<URI> url = type.url(pool.settings().triggers());
        if (url.isEmpty()) {
            return event;
        }
        byte[] body = bytes(event);
        long started = System.nanoTime();
        String source = event.path(TriggerEvent.TRIGGER_SOURCE).asText(type.triggerName());
        Map<String, String> headers = Map.of("Content-Type", "application/json",
                TRIGGER_HEADER, source,
                TriggerSignature.HEADER, TriggerSignature.header(secrets.signingSecret(pool.id()),
                        clock.instant().getEpochSecond(), body));
        Duration timeout = Duration.ofMillis(pool.settings().triggers().timeoutMillis());
        TriggerTransport.Reply reply;
        try {
            reply = transport.post(url.get(), headers, body, timeout);
        } catch (TriggerTransport.CallFailed e) {
            log(pool, source, e.getMessage(), started);
            if (e.tooLarge()) {
                throw new GatehouseException(UserPoolError.INVALID_LAMBDA_RESPONSE, UNRECOGNIZABLE);
            }
            throw unexpected(type, e.getMessage());
        }
        log(pool, source, Integer.toString(reply.status()), started);
        return answer(type, reply);
    }

    private static ObjectNode answer(TriggerType type, TriggerTransport.Reply reply) {
        Optional<JsonNode> json = parse(reply.body());
        if (reply.status() < 200 || reply.status() > 299) {
            String message = json.map(j -> j.path("message")).filter(JsonNode::isTextual).map(JsonNode::asText)
                    .orElseThrow(() -> unexpected(type, "HTTP status " + reply.status()));
            throw new GatehouseException(UserPoolError.USER_LAMBDA_VALIDATION,
                    type.triggerName() + " failed with error " + truncated(message) + ".");
        }
        return json.filter(JsonNode::isObject).map(ObjectNode.class::cast)
                .orElseThrow(() -> new GatehouseException(UserPoolError.INVALID_LAMBDA_RESPONSE, UNRECOGNIZABLE));
    }

    private static Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static GatehouseException unexpected(TriggerType type, String reason) {
        return new GatehouseException(UserPoolError.UNEXPECTED_LAMBDA,
                type.triggerName() + " invocation failed due to error " + reason + ".");
    }

    private static String truncated(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }

    private static byte[] bytes(ObjectNode event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Trigger event cannot be serialized", e);
        }
    }

    private static void log(UserPool pool, String source, String outcome, long startedNanos) {
        LOG.infof("trigger pool=%s source=%s outcome=%s durationMs=%d", pool.id(), source, outcome,
                (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
