package io.gatehouse.userpool.signin.srp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code TIMESTAMP} of a password claim, as the client signed it ({@code text}) and as a
 * point in time ({@code instant}), so the caller can check it lies within its window. The form
 * is {@code EEE MMM d HH:mm:ss UTC yyyy} in English, for example {@code Mon Jan 5 09:03:07 UTC 2026}:
 * amazon-cognito-identity-js writes the day without a leading zero. Parsing also takes a
 * zero-padded day, which clients that format with {@code %d} send; the signature covers the text
 * exactly as sent either way. Names are case-sensitive and the weekday must match the date.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html">RespondToAuthChallenge</a>
 */
public record SrpTimestamp(String text, Instant instant) {

    private static final int MAX_CHARS = 40;
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM ")
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendPattern(" HH:mm:ss 'UTC' uuuu")
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Both halves must describe the same second; use {@link #of} or {@link #parse} to build one. */
    public SrpTimestamp {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(instant, "instant");
        if (!read(text).equals(instant)) {
            throw new IllegalArgumentException("The SRP timestamp text and instant differ");
        }
    }

    /** The timestamp a client would send at {@code instant}, to the second. */
    public static SrpTimestamp of(Instant instant) {
        Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
        return new SrpTimestamp(FORMAT.format(second.atOffset(ZoneOffset.UTC)), second);
    }

    /** Reads a client's {@code TIMESTAMP}; throws {@link SrpParameterException} when it is not in the form above. */
    public static SrpTimestamp parse(String text) {
        return new SrpTimestamp(text, read(text));
    }

    private static Instant read(String text) {
        SrpInput.requireLength(SrpInput.TIMESTAMP, text, MAX_CHARS);
        try {
            return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SrpParameterException(SrpInput.TIMESTAMP,
                    "TIMESTAMP must look like \"Mon Jan 5 09:03:07 UTC 2026\"");
        }
    }
}
