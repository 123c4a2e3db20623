package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A custom attribute of a pool's schema, {@code custom:<name>} on users. As in Cognito, String
 * attributes bound their length (default 0 to 2048) and Number attributes their value; a custom
 * attribute cannot be required, and an immutable one ({@code mutable: false}; attributes are mutable
 * by default) can be set only when the user is created.
 */
public record CustomAttribute(String name, AttributeType type, Boolean mutable, Integer minLength, Integer maxLength,
                              BigDecimal minValue, BigDecimal maxValue) {

    public static final String PREFIX = "custom:";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,20}");
    private static final int MAX_STRING = 2048;

    public enum AttributeType { String, Number, DateTime, Boolean }

    public CustomAttribute {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith(PREFIX)) {
            throw invalid("Custom attribute names are 1 to 20 characters without the custom: prefix: " + name);
        }
        type = type == null ? AttributeType.String : type;
        mutable = mutable == null || mutable;
        if (minLength != null && (minLength < 0 || minLength > MAX_STRING)
                || maxLength != null && (maxLength < 0 || maxLength > MAX_STRING)
                || minLength != null && maxLength != null && minLength > maxLength) {
            throw invalid("Attribute " + name + ": string length bounds must lie in 0.." + MAX_STRING);
        }
        if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
            throw invalid("Attribute " + name + ": MinValue is greater than MaxValue");
        }
    }

    /** The attribute name on users, e.g. {@code custom:tier}. */
    public String attributeName() {
        return PREFIX + name;
    }

    /** Rejects a value that does not fit the declared type or bounds. */
    public void check(String value) {
        switch (type) {
            case String -> checkLength(value);
            case Number -> checkNumber(value);
            case Boolean -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw mismatch("must be true or false");
                }
            }
            case DateTime -> checkDate(value);
        }
    }

    private void checkLength(String value) {
        int min = minLength == null ? 0 : minLength;
        int max = maxLength == null ? MAX_STRING : maxLength;
        if (value.length() < min || value.length() > max) {
            throw mismatch("must be " + min + " to " + max + " characters");
        }
    }

    private void checkNumber(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw mismatch("must be a number");
        }
        if (minValue != null && number.compareTo(minValue) < 0 || maxValue != null && number.compareTo(maxValue) > 0) {
            throw mismatch("is out of range");
        }
    }

    private void checkDate(String value) {
        try {
            java.time.OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw mismatch("must be an ISO 8601 date-time");
        }
    }

    private GatehouseException mismatch(String problem) {
        return invalid("Attributes did not conform to the schema: " + attributeName() + " " + problem);
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
