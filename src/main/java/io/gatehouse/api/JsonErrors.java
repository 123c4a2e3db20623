package io.gatehouse.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.gatehouse.core.GatehouseException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's read failures into a problem {@code detail} a client can act on: which field,
 * what JSON type was expected, where the syntax broke. The offending input is never echoed, as
 * it may hold a password.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof PropertyBindingException unknown) {
            return "Unknown field '" + path(unknown, unknown.getPropertyName()) + "'";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch, null);
            String expected = jsonType(mismatch.getTargetType());
            return field.isEmpty()
                    ? "Request body must be a JSON " + expected
                    : "Field '" + field + "' must be a JSON " + expected;
        }
        if (e instanceof StreamReadException) {
            return "Request body is not valid JSON" + at(e.getLocation());
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof GatehouseException invalid) {
            String field = path(m, null);
            return field.isEmpty() ? invalid.getMessage() : "Field '" + field + "': " + invalid.getMessage();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "Field '" + path(m, null) + "' has an invalid value";
        }
        return "Request body does not have the expected structure";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The JSON path of the failure, e.g. {@code scopes[1].name}, with {@code leaf} appended when not yet in it. */
    private static String path(JsonMappingException e, String leaf) {
        String joined = e.getPath().stream().map(JsonErrors::segment).collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        if (leaf != null && !joined.endsWith(leaf)) {
            joined = joined.isEmpty() ? leaf : joined + "." + leaf;
        }
        return joined;
    }

    private static String segment(JsonMappingException.Reference ref) {
        return ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]";
    }

    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == Character.class || type == char.class) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "object";
        }
        return "value of another type";
    }
}
