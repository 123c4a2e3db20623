package io.gatehouse.iam.policy.condition;

import java.time.LocalDate;

/**
 * A fast path for the date form requests carry ({@code aws:CurrentTime}: {@code 2026-06-01T12:00:00Z},
 * optionally with fractional seconds), read without allocating; other forms go through java.time.
 */
final class IsoInstant {

    /** Returned when the value is not in the fast form. */
    static final long NOT_PARSED = Long.MIN_VALUE;

    private IsoInstant() {
    }

    /** Epoch milliseconds of a {@code yyyy-MM-ddTHH:mm:ss[.fff...]Z} value, or {@link #NOT_PARSED}. */
    static long parseUtc(String value) {
        int length = value.length();
        if (length < 20 || value.charAt(length - 1) != 'Z' || value.charAt(4) != '-' || value.charAt(7) != '-'
                || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return NOT_PARSED;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        int millis = fraction(value, 19, length - 1);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59 || millis < 0) {
            return NOT_PARSED;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    private static int digits(String value, int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** Milliseconds of an optional ".fff…" between {@code from} and {@code end}; -1 when malformed. */
    private static int fraction(String value, int from, int end) {
        if (from == end) {
            return 0;
        }
        if (value.charAt(from) != '.' || end - from < 2 || end - from > 10) {
            return -1;
        }
        int millis = 0;
        for (int i = from + 1; i < from + 4; i++) {
            char c = i < end ? value.charAt(i) : '0';
            if (c < '0' || c > '9') {
                return -1;
            }
            millis = millis * 10 + (c - '0');
        }
        return digits(value, from + 1, end - from - 1) < 0 ? -1 : millis;
    }
}
