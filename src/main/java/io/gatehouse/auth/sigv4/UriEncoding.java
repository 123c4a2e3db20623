package io.gatehouse.auth.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as SigV4 defines it: RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - _ . ~})
 * stay as they are, every other byte of the UTF-8 form becomes {@code %XY} with upper-case hex.
 * Space is {@code %20}, never {@code +}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3986#section-2.3">RFC 3986 section 2.3</a>
 */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XY} escapes as UTF-8. A {@code +} stays a plus sign (SigV4 clients send
     * space as {@code %20}); an invalid escape is kept literally, so it can only fail the signature.
     */
    static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int escaped = escapedByteAt(value, i);
            if (escaped >= 0) {
                out.writeBytes(new byte[] {(byte) escaped});
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The byte of a valid {@code %XY} escape starting at {@code i}, or -1. */
    private static int escapedByteAt(String value, int i) {
        if (value.charAt(i) != '%' || i + 2 >= value.length()) {
            return -1;
        }
        int hi = hexValue(value.charAt(i + 1));
        int lo = hexValue(value.charAt(i + 2));
        return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
