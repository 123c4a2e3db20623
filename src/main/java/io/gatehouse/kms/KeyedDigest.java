package io.gatehouse.kms;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a key derived from the master key, for values too small to be stored as a
 * plain hash: a 6-digit one-time code hashed with SHA-256 falls to a million guesses, offline,
 * from a database copy; keyed, the copy alone is useless. Comparisons are constant-time.
 */
@ApplicationScoped
public class KeyedDigest {

    private static final String HMAC = "HmacSHA256";
    private static final byte[] LABEL = "gatehouse keyed digest v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    public KeyedDigest(MasterKey master) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(master.key().getEncoded(), HMAC), LABEL), HMAC);
    }

    /** Lower-case hex of HMAC-SHA256(derived key, {@code message}). */
    public String hex(String message) {
        return HexFormat.of().formatHex(mac(key, message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code presented} digests to {@code storedHex}, compared in constant time. */
    public boolean matches(String presented, String storedHex) {
        if (presented == null || storedHex == null) {
            return false;
        }
        return MessageDigest.isEqual(hex(presented).getBytes(StandardCharsets.US_ASCII),
                storedHex.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
