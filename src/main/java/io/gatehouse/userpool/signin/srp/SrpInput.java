package io.gatehouse.userpool.signin.srp;

import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Strict decoding of the client's USER_SRP_AUTH values, with bounded lengths so an oversized
 * value is refused before any arithmetic. Every failure is an {@link SrpParameterException}.
 */
final class SrpInput {

    static final String SRP_A = "SRP_A";
    static final String SECRET_BLOCK = "PASSWORD_CLAIM_SECRET_BLOCK";
    static final String SIGNATURE = "PASSWORD_CLAIM_SIGNATURE";
    static final String TIMESTAMP = "TIMESTAMP";

    private SrpInput() {
    }

    /** A non-negative number in hexadecimal, either case, leading zeros allowed, no sign or prefix. */
    static BigInteger hex(String parameter, String value, int maxChars) {
        requireLength(parameter, value, maxChars);
        for (int i = 0; i < value.length(); i++) {
            if (!HexFormat.isHexDigit(value.charAt(i))) {
                throw new SrpParameterException(parameter, parameter + " must be hexadecimal");
            }
        }
        return new BigInteger(value, 16);
    }

    /** Standard base64 (RFC 4648 section 4), as the clients send it. */
    static byte[] base64(String parameter, String value, int maxChars) {
        requireLength(parameter, value, maxChars);
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new SrpParameterException(parameter, parameter + " must be base64");
        }
    }

    static void requireLength(String parameter, String value, int maxChars) {
        if (value == null || value.isEmpty()) {
            throw new SrpParameterException(parameter, parameter + " is required");
        }
        if (value.length() > maxChars) {
            throw new SrpParameterException(parameter, parameter + " must be at most " + maxChars + " characters");
        }
    }
}
