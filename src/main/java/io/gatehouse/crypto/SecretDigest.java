package io.gatehouse.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests of high-entropy bearer values (authorization codes, refresh tokens, session
 * ids, generated client secrets). These are random with at least 128 bits of entropy, so a
 * fast digest is enough to make a database leak useless, and lookups stay indexable.
 */
public final class SecretDigest {

    /** Cloned per digest: a provider lookup by name cost more than hashing a token. */
    private static final MessageDigest SHA_256 = sha256Prototype();

    private SecretDigest() {
    }

    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] value) {
        try {
            return ((MessageDigest) SHA_256.clone()).digest(value);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The SHA-256 provider cannot be cloned", e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Constant-time comparison of a presented value with a stored hex digest. */
    public static boolean matches(String presented, String storedHex) {
        if (presented == null || storedHex == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sha256Hex(presented).getBytes(StandardCharsets.US_ASCII),
                storedHex.getBytes(StandardCharsets.US_ASCII));
    }
}
