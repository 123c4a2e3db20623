package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/**
 * Builds the JSON object of an AWS JSON response. Null values are left out, as AWS omits unset
 * members. Timestamps are epoch seconds with millisecond fractions, the AWS JSON default
 * ({@code "CreationDate": 1732781234.567}).
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization">AWS JSON 1.1 shape serialization</a>
 */
public final class JsonOutput {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private JsonOutput() {
    }

    public static JsonOutput object() {
        return new JsonOutput();
    }

    public JsonOutput put(String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
        return this;
    }

    public JsonOutput put(String member, Boolean value) {
        if (value != null) {
            node.put(member, value);
        }
        return this;
    }

    public JsonOutput put(String member, Long value) {
        if (value != null) {
            node.put(member, value);
        }
        return this;
    }

    public JsonOutput put(String member, Integer value) {
        if (value != null) {
            node.put(member, value);
        }
        return this;
    }

    /** A timestamp as epoch seconds with up to millisecond precision. */
    public JsonOutput put(String member, Instant value) {
        if (value != null) {
            node.put(member, BigDecimal.valueOf(value.toEpochMilli(), 3).stripTrailingZeros());
        }
        return this;
    }

    public JsonOutput put(String member, JsonOutput value) {
        if (value != null) {
            node.set(member, value.node);
        }
        return this;
    }

    public JsonOutput strings(String member, Collection<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(member);
            values.forEach(array::add);
        }
        return this;
    }

    public JsonOutput objects(String member, Collection<JsonOutput> values) {
        if (values != null) {
            ArrayNode array = node.putArray(member);
            values.forEach(v -> array.add(v.node));
        }
        return this;
    }

    /** The built object; later changes to this builder show through. */
    public ObjectNode toJson() {
        return node;
    }
}
