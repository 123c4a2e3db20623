package io.gatehouse.userpool.signin.srp;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The state of one USER_SRP_AUTH attempt between InitiateAuth and RespondToAuthChallenge: the
 * 16-byte key both sides derived. Anyone holding it can forge a password claim for this attempt,
 * so the caller keeps it secret, uses it once, and drops it when the challenge expires. The
 * password is fixed when the challenge is made; a caller that must honour a password change
 * between the two requests checks that itself.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html">RespondToAuthChallenge</a>
 */
public final class SrpSession {

    private static final int KEY_BYTES = 16;
    /** Gatehouse makes the secret block; this only bounds what a client can make the server hash. */
    private static final int MAX_SECRET_BLOCK_CHARS = 8192;
    /** base64 of a 32-byte HMAC is 44 characters. */
    private static final int MAX_SIGNATURE_CHARS = 64;
    private static final int SIGNATURE_BYTES = 32;

    private final byte[] key;

    SrpSession(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An SRP session key has 16 bytes");
        }
        this.key = key.clone();
    }

    /**
     * True when {@code signature} (PASSWORD_CLAIM_SIGNATURE) is
     * {@code base64(HMAC-SHA256(key, poolName | userIdForSrp | base64decode(secretBlock) | timestamp))},
     * which only a client that knew the password can compute. Throws {@link SrpParameterException}
     * when the secret block or signature is not base64 or the signature has the wrong length.
     */
    public boolean verify(String poolName, String userIdForSrp, String secretBlock, SrpTimestamp timestamp,
                          String signature) {
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
        Objects.requireNonNull(timestamp, "timestamp");
        byte[] block = SrpInput.base64(SrpInput.SECRET_BLOCK, secretBlock, MAX_SECRET_BLOCK_CHARS);
        byte[] presented = SrpInput.base64(SrpInput.SIGNATURE, signature, MAX_SIGNATURE_CHARS);
        if (presented.length != SIGNATURE_BYTES) {
            throw new SrpParameterException(SrpInput.SIGNATURE, "PASSWORD_CLAIM_SIGNATURE must be a base64 HMAC-SHA256");
        }
        byte[] expected = SrpGroup.hmacSha256(key, SrpGroup.utf8(poolName), SrpGroup.utf8(userIdForSrp), block,
                SrpGroup.utf8(timestamp.text()));
        return MessageDigest.isEqual(expected, presented);
    }

    /** 32 lower-case hex digits; {@link #parse(String)} is its inverse. */
    public String toText() {
        return HexFormat.of().formatHex(key);
    }

    /**
     * Reads {@link #toText()}. A malformed value is the caller's stored state gone wrong, so it is
     * an {@link IllegalArgumentException}, not an {@link SrpParameterException}.
     */
    public static SrpSession parse(String text) {
        if (text == null || text.length() != KEY_BYTES * 2 || !text.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("Not an SRP session");
        }
        return new SrpSession(HexFormat.of().parseHex(text));
    }

    /** The key itself, for the known-answer tests. */
    byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "SrpSession[(redacted)]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SrpSession session && MessageDigest.isEqual(key, session.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
