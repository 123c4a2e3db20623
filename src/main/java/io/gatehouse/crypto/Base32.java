package io.gatehouse.crypto;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 Base32 (the {@code A-Z2-7} alphabet), the encoding authenticator apps expect for TOTP
 * secrets. Encoding is canonical: upper case, no padding, as the Key Uri Format asks. Decoding
 * accepts what people copy from a screen: lower case, spaces between groups and trailing
 * {@code =} padding. Any other character, and a length no encoder can produce, is an error.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4648#section-6">RFC 4648 section 6</a>
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BITS_PER_CHAR = 5;
    private static final int CHAR_MASK = 0x1F;
    private static final int CHARS_PER_BLOCK = 8;
    private static final char PAD = '=';

    private Base32() {
    }

    /** Upper-case Base32 of {@code data} without padding. */
    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= BITS_PER_CHAR) {
                bits -= BITS_PER_CHAR;
                out.append(ALPHABET.charAt((buffer >> bits) & CHAR_MASK));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (BITS_PER_CHAR - bits)) & CHAR_MASK));
        }
        return out.toString();
    }

    /**
     * The bytes of a Base32 text. Case, spaces and trailing padding are ignored; leftover bits of
     * the last character are dropped, as RFC 4648 section 3.5 allows a decoder to do.
     *
     * @throws IllegalArgumentException for a character outside the alphabet, padding before the
     *                                  end, or a length that is not a whole number of bytes
     */
    public static byte[] decode(String text) {
        String chars = normalize(text);
        int tail = chars.length() % CHARS_PER_BLOCK;
        if (tail == 1 || tail == 3 || tail == 6) {
            throw new IllegalArgumentException("Base32 text has an impossible length");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(chars.length() * BITS_PER_CHAR / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            int value = ALPHABET.indexOf(chars.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Base32 text has a character outside the alphabet");
            }
            buffer = (buffer << BITS_PER_CHAR) | value;
            bits += BITS_PER_CHAR;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xFF);
            }
        }
        return out.toByteArray();
    }

    /** Upper case without spaces and trailing padding; padding anywhere else stays and is rejected. */
    private static String normalize(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        int end = compact.length();
        while (end > 0 && compact.charAt(end - 1) == PAD) {
            end--;
        }
        return compact.substring(0, end);
    }
}
