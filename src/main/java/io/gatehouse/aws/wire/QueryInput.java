package io.gatehouse.aws.wire;

import io.gatehouse.core.GatehouseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a query-protocol request, read with the AWS wire names ({@code UserName},
 * {@code MaxItems}) and the query protocol's shapes: lists as {@code Name.member.N}, lists of
 * structures as {@code Name.member.N.Field}, tags as {@code Tags.member.N.Key/Value} and maps as
 * {@code Name.entry.N.key/value}, with N counting from 1 without gaps. An empty list is sent as
 * {@code Name=}. Syntax errors are IAM's and STS's {@code ValidationError}, phrased as AWS phrases
 * them ("1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member
 * must not be null"); a value is never echoed, since some parameters are passwords. Parameters an
 * operation does not read are ignored, as newer SDKs send members older servers lack.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#request-serialization">AWS query request serialization</a>
 */
public final class QueryInput {

    /** The longest list AWS accepts anywhere in IAM or STS is far shorter. */
    public static final int MAX_LIST_SIZE = 1000;
    private static final Pattern INDEX = Pattern.compile("([1-9][0-9]{0,3})(?:\\.(.+))?");

    private final Map<String, String> params;

    private QueryInput(Map<String, String> params) {
        this.params = Map.copyOf(params);
    }

    public static QueryInput of(Map<String, String> params) {
        return new QueryInput(Objects.requireNonNull(params, "params"));
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** A required string; an empty value counts as present, as in AWS. */
    public String requiredString(String name) {
        String value = params.get(name);
        if (value == null) {
            throw invalid(name, null, "Member must not be null");
        }
        return value;
    }

    /** A required string of {@code min} to {@code max} characters (code points). */
    public String requiredString(String name, int min, int max) {
        return length(name, requiredString(name), min, max);
    }

    /** A string, or null when absent. */
    public String string(String name) {
        return params.get(name);
    }

    /** A string of {@code min} to {@code max} characters, or null when absent. */
    public String string(String name, int min, int max) {
        String value = params.get(name);
        return value == null ? null : length(name, value, min, max);
    }

    /** An integer in {@code [min, max]}, or null when absent. */
    public Integer integer(String name, int min, int max) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "", "Member must be an integer");
        }
        if (parsed < min) {
            throw invalid(name, "", "Member must have value greater than or equal to " + min);
        }
        if (parsed > max) {
            throw invalid(name, "", "Member must have value less than or equal to " + max);
        }
        return parsed;
    }

    /** {@code true} or {@code false} (any case), or null when absent. */
    public Boolean bool(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "", "Member must be true or false");
        };
    }

    /** A list of strings ({@code Name.member.N}); empty when absent. */
    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        indexed(name, "member").forEach((index, rest) -> values.add(requiredString(name + ".member." + index)));
        return List.copyOf(values);
    }

    /** A list of structures ({@code Name.member.N.Field}), each read as its own input; empty when absent. */
    public List<QueryInput> structures(String name) {
        List<QueryInput> values = new ArrayList<>();
        indexed(name, "member").forEach((index, rest) -> values.add(nested(name + ".member." + index + ".")));
        return List.copyOf(values);
    }

    /**
     * Tags ({@code Name.member.N.Key} and {@code .Value}) in the order sent. Each needs a key; a
     * missing value is the empty string, as AWS stores it. Repeated keys are rejected.
     */
    public Map<String, String> tags(String name) {
        Map<String, String> tags = new LinkedHashMap<>();
        List<QueryInput> members = structures(name);
        for (int i = 0; i < members.size(); i++) {
            String prefix = name + ".member." + (i + 1) + ".";
            QueryInput tag = members.get(i);
            String key = tag.requiredWithin(prefix, "Key");
            String value = tag.string("Value");
            if (tags.putIfAbsent(key, value == null ? "" : value) != null) {
                throw invalid(name, "", "Tag keys must be unique");
            }
        }
        return Collections.unmodifiableMap(tags);
    }

    /** A map ({@code Name.entry.N.key} and {@code .value}) in the order sent; keys must be unique. */
    public Map<String, String> map(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        indexed(name, "entry").forEach((index, rest) -> {
            QueryInput entry = nested(name + ".entry." + index + ".");
            String prefix = name + ".entry." + index + ".";
            if (map.putIfAbsent(entry.requiredWithin(prefix, "key"), entry.requiredWithin(prefix, "value")) != null) {
                throw invalid(name, "", "Map keys must be unique");
            }
        });
        return Collections.unmodifiableMap(map);
    }

    private String requiredWithin(String prefix, String name) {
        String value = params.get(name);
        if (value == null) {
            throw invalid(prefix + name, null, "Member must not be null");
        }
        return value;
    }

    /** The indexes 1..N under {@code Name.kind.}, checked to be contiguous; {@code Name=} is the empty list. */
    private TreeMap<Integer, String> indexed(String name, String kind) {
        String prefix = name + "." + kind + ".";
        TreeMap<Integer, String> indexes = new TreeMap<>();
        for (String key : params.keySet()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            Matcher m = INDEX.matcher(key.substring(prefix.length()));
            if (!m.matches()) {
                throw invalid(name, "", "Member must be a list numbered from 1");
            }
            indexes.putIfAbsent(Integer.parseInt(m.group(1)), key);
        }
        if (params.containsKey(name) && (!params.get(name).isEmpty() || !indexes.isEmpty())) {
            throw invalid(name, "", "Member must be a list");
        }
        if (indexes.size() > MAX_LIST_SIZE) {
            throw invalid(name, "", "Member must have length less than or equal to " + MAX_LIST_SIZE);
        }
        if (!indexes.isEmpty() && indexes.lastKey() != indexes.size()) {
            throw invalid(name, "", "Member must be a list numbered from 1 without gaps");
        }
        return indexes;
    }

    private QueryInput nested(String prefix) {
        Map<String, String> nested = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                nested.put(key.substring(prefix.length()), value);
            }
        });
        return new QueryInput(nested);
    }

    private static String length(String name, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            throw invalid(name, "", "Member must have length greater than or equal to " + min);
        }
        if (length > max) {
            throw invalid(name, "", "Member must have length less than or equal to " + max);
        }
        return value;
    }

    /**
     * AWS's validation message. {@code shown} is null for a missing value ("Value null at") and
     * empty otherwise: the value itself is never repeated back.
     */
    static GatehouseException invalid(String name, String shown, String constraint) {
        String value = shown == null ? "Value null at" : "Value at";
        return new GatehouseException(QueryWireError.VALIDATION_ERROR, "1 validation error detected: " + value + " '"
                + memberName(name) + "' failed to satisfy constraint: " + constraint);
    }

    /** {@code UserName} → {@code userName}, as the messages of AWS's validation layer spell members. */
    private static String memberName(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
