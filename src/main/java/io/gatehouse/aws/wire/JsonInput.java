package io.gatehouse.aws.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The JSON object of an AWS JSON request, read member by member with the AWS wire names
 * ({@code UserPoolId}, {@code MaxResults}). Syntax errors are AWS's: a body that is not a JSON
 * object, or a member of the wrong JSON type, is a {@code SerializationException}; a missing required
 * member is an {@code InvalidParameterException}. Members the operation does not know are ignored,
 * as newer SDKs send fields older servers lack. A JSON {@code null} counts as absent.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 */
public final class JsonInput {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().reader();

    private final ObjectNode node;

    private JsonInput(ObjectNode node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** Parses a request body; an empty body is an empty object, as the SDKs send {@code {}} for no input. */
    public static JsonInput parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new JsonInput(JsonNodeFactory.instance.objectNode());
        }
        JsonNode parsed;
        try {
            parsed = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw serialization("The request body is not valid JSON");
        } catch (IOException e) {
            throw serialization("The request body could not be read");
        }
        if (parsed instanceof ObjectNode object) {
            return new JsonInput(object);
        }
        throw serialization("The request body must be a JSON object");
    }

    /** Wraps an already parsed object, e.g. a nested structure. */
    public static JsonInput of(ObjectNode node) {
        return new JsonInput(node);
    }

    public boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    /** A required string member. */
    public String requiredString(String member) {
        String value = string(member);
        if (value == null) {
            throw missing(member);
        }
        return value;
    }

    /** A string member, or null when absent. */
    public String string(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(member, "string");
        }
        return value.textValue();
    }

    /**
     * A string member that must be one of an AWS enum's values, or null when absent. Another value
     * is AWS's validation error ("Member must satisfy enum value set: [OFF, ON, OPTIONAL]").
     */
    public String oneOf(String member, List<String> allowed) {
        String value = string(member);
        if (value != null && !allowed.contains(value)) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "1 validation error detected: Value '" + value
                    + "' at '" + camel(member) + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + allowed);
        }
        return value;
    }

    /** A boolean member, or null when absent. */
    public Boolean bool(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "boolean");
        }
        return value.booleanValue();
    }

    /** An integer member, or null when absent. */
    public Integer integer(String member) {
        Long value = longValue(member);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrongType(member, "integer");
        }
        return value.intValue();
    }

    /** A long member, or null when absent. */
    public Long longValue(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(member, "integer");
        }
        return value.longValue();
    }

    /** A list of strings, or null when absent. */
    public List<String> strings(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(member, "list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(member, "list of strings");
            }
            out.add(item.textValue());
        }
        return List.copyOf(out);
    }

    /** A nested structure, or null when absent. */
    public JsonInput object(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(member, "structure");
        }
        return new JsonInput((ObjectNode) value);
    }

    /** A map of strings (e.g. AuthParameters), empty when absent; a non-string value is a serialization error. */
    public java.util.Map<String, String> stringMap(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return java.util.Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(member, "map");
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) value::fields) {
            if (!field.getValue().isTextual()) {
                throw wrongType(member, "map of strings");
            }
            out.put(field.getKey(), field.getValue().textValue());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A map of structures (e.g. Cognito's RoleMappings) in member order, empty when absent. */
    public java.util.Map<String, JsonInput> objectMap(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return java.util.Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(member, "map");
        }
        java.util.Map<String, JsonInput> out = new java.util.LinkedHashMap<>();
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) value::fields) {
            if (!field.getValue().isObject()) {
                throw wrongType(member, "map of structures");
            }
            out.put(field.getKey(), new JsonInput((ObjectNode) field.getValue()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A list of structures, or null when absent. */
    public List<JsonInput> objects(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(member, "list");
        }
        List<JsonInput> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw wrongType(member, "list of structures");
            }
            out.add(new JsonInput((ObjectNode) item));
        }
        return List.copyOf(out);
    }

    /** An AWS-style validation error for a missing required member. */
    public static GatehouseException missing(String member) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, "1 validation error detected: Value null at '"
                + camel(member) + "' failed to satisfy constraint: Member must not be null");
    }

    private JsonNode value(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private static GatehouseException wrongType(String member, String expected) {
        return serialization("Member '" + member + "' must be " + article(expected) + " " + expected);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static GatehouseException serialization(String message) {
        return new GatehouseException(WireError.SERIALIZATION, message);
    }

    /** {@code UserPoolId} → {@code userPoolId}, the member spelling in AWS validation messages. */
    private static String camel(String member) {
        return member.isEmpty() ? member : member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
    }
}
