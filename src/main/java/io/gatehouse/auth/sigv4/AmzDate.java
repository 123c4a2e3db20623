package io.gatehouse.auth.sigv4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The two timestamp forms SigV4 reads: ISO 8601 basic ({@code 20261128T022030Z}, from
 * {@code X-Amz-Date}) and the HTTP {@code Date} header (RFC 1123). The string to sign always uses
 * the ISO 8601 basic form; the credential scope uses its first eight characters.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-date-handling.html">Handling dates in Signature Version 4</a>
 */
final class AmzDate {

    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

    private AmzDate() {
    }

    static Instant parseBasic(String value) {
        try {
            return ZonedDateTime.parse(value, BASIC).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("X-Amz-Date must be in the ISO 8601 basic format YYYYMMDD'T'HHMMSS'Z'");
        }
    }

    static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("The Date header must be an RFC 1123 date");
        }
    }

    /** {@code 20261128T022030Z}. */
    static String basic(Instant instant) {
        return BASIC.format(instant);
    }

    /** {@code 20261128}. */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    private static SigV4Exception malformed(String message) {
        return new SigV4Exception(SigV4Failure.MALFORMED_AUTHORIZATION, message);
    }
}
