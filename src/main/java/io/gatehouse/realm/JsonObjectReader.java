package io.gatehouse.realm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads one JSON object of a realm file while knowing its JSON path, so that a wrong type, a missing
 * field or an unknown key (a typo) is reported where it is, before anything is written. A JSON
 * {@code null} counts as an absent field.
 */
final class JsonObjectReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonMapper RECORD_READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String file;
    private final JsonPath path;
    private final JsonNode node;

    private JsonObjectReader(String file, JsonPath path, JsonNode node, Set<String> keys) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error(path, "must be an object, not " + typeOf(node));
        }
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!keys.contains(name)) {
                throw error(path.child(name), "unknown key; allowed here: " + String.join(", ", new TreeSet<>(keys)));
            }
        }
    }

    /** Parses {@code json} and reads its root object. */
    static JsonObjectReader root(String file, String json, Set<String> keys) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RealmFileException(file, JsonPath.ROOT, "invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (tree.isMissingNode()) {
            throw new RealmFileException(file, JsonPath.ROOT, "the file is empty");
        }
        return new JsonObjectReader(file, JsonPath.ROOT, tree, keys);
    }

    JsonPath path() {
        return path;
    }

    String file() {
        return file;
    }

    RealmFileException error(JsonPath at, String problem) {
        return new RealmFileException(file, at, problem);
    }

    RealmFileException error(String key, String problem) {
        return error(path.child(key), problem);
    }

    String requiredString(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw error(key, "is required");
        }
        return value;
    }

    String optionalString(String key) {
        JsonNode value = field(key);
        return value == null ? null : text(value, path.child(key));
    }

    Boolean optionalBoolean(String key) {
        JsonNode value = field(key);
        if (value != null && !value.isBoolean()) {
            throw error(key, "must be true or false, not " + typeOf(value));
        }
        return value == null ? null : value.booleanValue();
    }

    Integer optionalInt(String key) {
        JsonNode value = field(key);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
            throw error(key, "must be an integer, not " + typeOf(value));
        }
        return value == null ? null : value.intValue();
    }

    Long optionalLong(String key) {
        JsonNode value = field(key);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong())) {
            throw error(key, "must be an integer, not " + typeOf(value));
        }
        return value == null ? null : value.longValue();
    }

    /**
     * An object read into a settings record by its JSON shape (the same shape the native API
     * takes), or null when absent. Unknown keys, wrong types and values the record refuses are
     * reported at their path.
     */
    <T> T optionalRecord(String key, Class<T> type) {
        JsonNode value = field(key);
        if (value == null) {
            return null;
        }
        try {
            return RECORD_READER.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            JsonPath at = path.child(key);
            for (var ref : e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPath()
                    : List.<com.fasterxml.jackson.databind.JsonMappingException.Reference>of()) {
                at = ref.getFieldName() != null ? at.child(ref.getFieldName()) : at.index(ref.getIndex());
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw error(at, cause instanceof io.gatehouse.core.GatehouseException ? cause.getMessage()
                    : e.getOriginalMessage());
        }
    }

    /** An array of distinct strings, or null when absent. */
    List<String> optionalStrings(String key) {
        JsonNode value = array(key);
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String item = text(value.get(i), path.child(key).index(i));
            if (out.contains(item)) {
                throw error(path.child(key).index(i), "duplicate value \"" + item + "\"");
            }
            out.add(item);
        }
        return Collections.unmodifiableList(out);
    }

    /** An object whose members are all strings, in file order; empty when absent. */
    Map<String, String> stringMap(String key) {
        JsonNode value = field(key);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw error(key, "must be an object, not " + typeOf(value));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            out.put(member.getKey(), text(member.getValue(), path.child(key).child(member.getKey())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** An object read by {@code parse} with its own path; null when absent. */
    <T> T optionalObject(String key, Set<String> keys, Function<JsonObjectReader, T> parse) {
        JsonNode value = field(key);
        return value == null ? null : parse.apply(new JsonObjectReader(file, path.child(key), value, keys));
    }

    /** The raw value of {@code key}, for values of more than one JSON type (a policy document); null when absent. */
    JsonNode optionalNode(String key) {
        return field(key);
    }

    /** The members of the object {@code key} in file order, values unread; empty when absent. */
    Map<String, JsonNode> members(String key) {
        JsonNode value = field(key);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw error(key, "must be an object, not " + typeOf(value));
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        value.properties().forEach(member -> out.put(member.getKey(), member.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** An object whose members are objects, each read by {@code parse} with its own path, in file order; empty when absent. */
    <T> Map<String, T> objectMembers(String key, Set<String> keys, Function<JsonObjectReader, T> parse) {
        Map<String, T> out = new LinkedHashMap<>();
        members(key).forEach((name, value) ->
                out.put(name, parse.apply(new JsonObjectReader(file, path.child(key).child(name), value, keys))));
        return Collections.unmodifiableMap(out);
    }

    /** An array of objects, each read by {@code parse} with its own path; empty when absent. */
    <T> List<T> objects(String key, Set<String> keys, Function<JsonObjectReader, T> parse) {
        List<T> out = optionalObjects(key, keys, parse);
        return out == null ? List.of() : out;
    }

    /** An array of objects, each read by {@code parse} with its own path; null when absent. */
    <T> List<T> optionalObjects(String key, Set<String> keys, Function<JsonObjectReader, T> parse) {
        JsonNode value = array(key);
        if (value == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(parse.apply(new JsonObjectReader(file, path.child(key).index(i), value.get(i), keys)));
        }
        return List.copyOf(out);
    }

    /** Rejects two elements of the array {@code key} with the same identity (null: none), naming both places. */
    <T> void requireUnique(String key, List<T> items, Function<T, String> identity, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = identity.apply(items.get(i));
            if (id == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                throw error(path.child(key).index(i),
                        "duplicate " + what + " \"" + id + "\" (first declared at " + path.child(key).index(first) + ")");
            }
        }
    }

    private JsonNode field(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode array(String key) {
        JsonNode value = field(key);
        if (value != null && !value.isArray()) {
            throw error(key, "must be an array, not " + typeOf(value));
        }
        return value;
    }

    private String text(JsonNode value, JsonPath at) {
        if (value == null || !value.isTextual()) {
            throw error(at, "must be a string, not " + typeOf(value));
        }
        return value.textValue();
    }

    static String typeOf(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "something else";
        };
    }
}
