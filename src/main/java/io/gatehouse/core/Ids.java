package io.gatehouse.core;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one source of randomness for identifiers and secrets, backed by {@link SecureRandom}
 * and injected so that every random value in the service comes from the same place.
 */
@ApplicationScoped
public class Ids {

    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A URL-safe secret with {@code n} bytes of entropy. */
    public String token(int n) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(n));
    }

    public String hex(int n) {
        return HexFormat.of().formatHex(bytes(n));
    }

    /** A uniformly random int from 0 (inclusive) to {@code bound} (exclusive). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code n} decimal digits, each uniformly random (one-time codes sent to users). */
    public String digits(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    /** Cognito-style pool id suffix: 9 letters and digits. */
    public String alnum(int n) {
        return pick(ALNUM, n);
    }

    /** Cognito-style app client id: 26 lower-case letters and digits. */
    public String lowerAlnum(int n) {
        return pick(LOWER_ALNUM, n);
    }

    /** IAM-style key id body: upper-case base32 alphabet. */
    public String upperAlnum(int n) {
        return pick(UPPER_ALNUM, n);
    }

    private String pick(char[] alphabet, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
