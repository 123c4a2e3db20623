package io.gatehouse.crypto;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as Cognito's software-token MFA uses them: HMAC-SHA1, 6 digits,
 * 30-second steps, 20-byte secrets shown to the user in Base32. {@link #match} accepts one step
 * of clock drift either way and never the same step twice, so an observed code cannot be replayed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6238">RFC 6238 TOTP</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4226#section-5.3">RFC 4226 section 5.3 dynamic truncation</a>
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html">AssociateSoftwareToken</a>
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** RFC 4226 section 4: "The length of the shared secret MUST be at least 128 bits. [...] RECOMMENDED 160 bits." */
    public static final int SECRET_BYTES = 20;
    /** The {@code lastUsedStep} of a secret no code has been accepted for yet. */
    public static final long NO_STEP_USED = -1;

    /** RFC 6238 section 5.2: "We RECOMMEND that at most one time step is allowed as the network delay." */
    private static final int DRIFT_STEPS = 1;
    private static final String HMAC = "HmacSHA1";
    private static final String ALGORITHM = "SHA1";

    private Totp() {
    }

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The time step an instant falls in: RFC 6238's T = floor((Unix time - T0) / X) with T0 = 0, X = 30. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step, zero-padded. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /**
     * The step a presented code belongs to: one of now-1, now and now+1 that is later than
     * {@code lastUsedStep}. Persist the returned step as the new {@code lastUsedStep}; a code
     * whose step is not later is refused, so each code signs in at most once. Anything other
     * than exactly six ASCII digits is refused.
     */
    public static OptionalLong match(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (!isSixDigits(code)) {
            return OptionalLong.empty();
        }
        byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        // Every candidate is computed and compared, so the time taken says nothing about which matched.
        for (long candidate = current - DRIFT_STEPS; candidate <= current + DRIFT_STEPS; candidate++) {
            byte[] expected = code(secret, candidate).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, presented) && candidate > lastUsedStep) {
                matched = OptionalLong.of(candidate);
            }
        }
        return matched;
    }

    /**
     * The {@code otpauth://} URI an authenticator app reads from a QR code, e.g.
     * {@code otpauth://totp/Example%20App:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20App&algorithm=SHA1&digits=6&period=30}.
     * "Neither issuer nor account name may themselves contain a colon."
     *
     * @see <a href="https://github.com/google/google-authenticator/wiki/Key-Uri-Format">Key Uri Format</a>
     */
    public static String otpauthUri(String issuer, String accountName, String secretBase32) {
        if (issuer.isEmpty() || issuer.contains(":") || accountName.isEmpty() || accountName.contains(":")) {
            throw new IllegalArgumentException("Issuer and account name must be non-empty and contain no colon");
        }
        String secret = Base32.encode(Base32.decode(secretBase32));
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=" + ALGORITHM + "&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** RFC 4226 HOTP of the step with {@code digits} digits (6 to 8 per RFC 4226 section 5.3). */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmac(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
        int otp = binary % (int) Math.pow(10, digits);
        String text = Integer.toString(otp);
        return "0".repeat(digits - text.length()) + text;
    }

    private static boolean isSixDigits(String code) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < DIGITS; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA1 is required by the Java platform", e);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("TOTP secret is not a usable HMAC key", e);
        }
    }

    /** Percent-encoding for the label and query: a space is {@code %20}, never {@code +}. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
