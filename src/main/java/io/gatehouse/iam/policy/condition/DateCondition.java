package io.gatehouse.iam.policy.condition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The date operators. Values are ISO 8601 dates or date-times ({@code 2026-01-01},
 * {@code 2026-01-01T12:00:00Z}, with an offset or without one meaning UTC) or epoch seconds, as
 * {@code aws:CurrentTime} and {@code aws:EpochTime} carry them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date">Date condition operators</a>
 */
final class DateCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("DateEquals", false, "DateNotEquals", true, "DateLessThan", false,
                "DateLessThanEquals", false, "DateGreaterThan", false, "DateGreaterThanEquals", false);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        Comparison comparison = Comparison.of(operator.substring("Date".length()));
        long[] instants = values.stream().mapToLong(DateCondition::instant).toArray();
        return (requestValue, source) -> {
            Long actual = parse(requestValue);
            if (actual == null) {
                return false;
            }
            for (long instant : instants) {
                if (comparison.holds(Long.compare(actual, instant))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static long instant(String value) {
        Long millis = parse(value);
        if (millis == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not a date (ISO 8601 or epoch seconds)");
        }
        return millis;
    }

    /** Epoch milliseconds of {@code value}, or null when it is not a date. */
    static Long parse(String value) {
        if (value.isEmpty() || value.length() > 40) {
            return null;
        }
        long fast = IsoInstant.parseUtc(value);
        if (fast != IsoInstant.NOT_PARSED) {
            return fast;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 12 ? null : Long.parseLong(value) * 1000;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (value.endsWith("Z")) {
                return Instant.parse(value).toEpochMilli();
            }
            char offsetSign = value.length() > 19 ? value.charAt(value.length() - 6) : ' ';
            if (offsetSign == '+' || offsetSign == '-') {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
