package io.gatehouse.testing;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app written for the tests, independent of the server's TOTP code: reads the
 * Base32 secret AssociateSoftwareToken returns and computes RFC 6238 codes (SHA-1, 6 digits, 30 s).
 */
public final class AuthenticatorApp {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;

    public AuthenticatorApp(String base32Secret) {
        this.key = decode(base32Secret);
    }

    /** The code for the 30-second window {@code offset} steps away from the one containing {@code at}. */
    public String code(Instant at, int offset) {
        long counter = at.getEpochSecond() / 30 + offset;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int o = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[o] & 0x7f) << 24) | ((hash[o + 1] & 0xff) << 16) | ((hash[o + 2] & 0xff) << 8)
                    | (hash[o + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String code() {
        return code(Instant.now(), 0);
    }

    private static byte[] decode(String base32) {
        String clean = base32.replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
