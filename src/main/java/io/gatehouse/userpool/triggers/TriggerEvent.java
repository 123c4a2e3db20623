package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters Cognito puts in every trigger event, and reading helpers for the answers.
 * <pre>
 * {"version": "1", "triggerSource": "PreAuthentication_Authentication", "region": "us-east-1",
 *  "userPoolId": "us-east-1_AbC123xyZ", "userName": "alice",
 *  "callerContext": {"awsSdkVersion": "gatehouse", "clientId": "3n4b5urk1ft4fl3mg5e62d9ado"},
 *  "request": {...}, "response": {}}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-syntax-shared">Parameters shared by all triggers</a>
 */
public final class TriggerEvent {

    public static final String VERSION = "version";
    public static final String TRIGGER_SOURCE = "triggerSource";
    public static final String REQUEST = "request";
    public static final String RESPONSE = "response";
    public static final String USER_ATTRIBUTES = "userAttributes";
    static final String SDK_VERSION = "gatehouse";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TriggerEvent() {
    }

    /** A new event with the shared parameters, an empty request and an empty response. */
    public static ObjectNode create(UserPool pool, String version, String triggerSource, String userName,
                                    String clientId) {
        ObjectNode event = NODES.objectNode();
        event.put(VERSION, version);
        event.put(TRIGGER_SOURCE, triggerSource);
        event.put("region", pool.id().substring(0, Math.max(0, pool.id().indexOf('_'))));
        event.put("userPoolId", pool.id());
        event.put("userName", userName);
        ObjectNode caller = event.putObject("callerContext");
        caller.put("awsSdkVersion", SDK_VERSION);
        caller.put("clientId", clientId);
        event.putObject(REQUEST);
        event.putObject(RESPONSE);
        return event;
    }

    public static ObjectNode request(ObjectNode event) {
        return (ObjectNode) event.get(REQUEST);
    }

    /** The answer's {@code response} object; absent or null reads as empty, anything else is invalid. */
    public static JsonNode response(ObjectNode answer) {
        JsonNode response = answer.get(RESPONSE);
        if (response == null || response.isNull()) {
            return NODES.objectNode();
        }
        if (!response.isObject()) {
            throw invalid();
        }
        return response;
    }

    /** The user's attributes as Cognito sends them: stored attributes plus {@code sub} and {@code cognito:user_status}. */
    public static Map<String, String> userAttributes(PoolUser user) {
        Map<String, String> attributes = new TreeMap<>(user.attributes());
        attributes.put("sub", user.sub().toString());
        attributes.put("cognito:user_status", user.status().name());
        return attributes;
    }

    public static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = NODES.objectNode();
        new TreeMap<>(values == null ? Map.<String, String>of() : values).forEach(node::put);
        return node;
    }

    public static JsonNode strings(Collection<String> values) {
        var array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** A string map member of an answer; null when absent, InvalidLambdaResponseException when not strings. */
    static Map<String, String> optionalStringMap(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw invalid();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!field.getValue().isTextual()) {
                throw invalid();
            }
            out.put(field.getKey(), field.getValue().asText());
        }
        return out;
    }

    /** A string list member of an answer; null when absent. */
    static List<String> optionalStrings(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw invalid();
        }
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw invalid();
            }
            out.add(item.asText());
        }
        return out;
    }

    static String optionalString(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid();
        }
        return node.asText();
    }

    static Boolean optionalBoolean(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw invalid();
        }
        return node.asBoolean();
    }

    static GatehouseException invalid() {
        return new GatehouseException(UserPoolError.INVALID_LAMBDA_RESPONSE, TriggerInvoker.UNRECOGNIZABLE);
    }
}
