package io.gatehouse.userpool.signin.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * What the server keeps of a password for USER_SRP_AUTH: the salt and {@code v = g^x mod N}
 * with {@code x = H(padHex(salt) | H(poolName | userIdForSrp | ":" | password))}. The pool name
 * and USER_ID_FOR_SRP are part of x, so a verifier is bound to the user it was made for and
 * must be remade when either changes. v allows an offline guessing attack on the password, so
 * callers store {@link #toText()} encrypted, never in the clear, and this type never prints it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5054#section-2.4">RFC 5054 section 2.4</a>
 */
public record SrpVerifier(BigInteger salt, BigInteger verifier) {

    /** Cognito's SALT values are 16 random bytes (32 hex digits). */
    private static final int SALT_BYTES = 16;
    private static final String SCHEME = "srp6a-3072-sha256";
    private static final int MAX_TEXT = 1024;

    public SrpVerifier {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(verifier, "verifier");
        if (salt.signum() < 0 || salt.bitLength() > SALT_BYTES * 8) {
            throw new IllegalArgumentException("The SRP salt must be a non-negative number of at most 128 bits");
        }
        if (verifier.signum() <= 0 || verifier.compareTo(SrpGroup.N) >= 0) {
            throw new IllegalArgumentException("The SRP verifier must be in [1, N)");
        }
    }

    /** A verifier with a fresh random salt; {@code poolName} is the part of the pool id after the underscore. */
    public static SrpVerifier create(String poolName, String userIdForSrp, String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return create(poolName, userIdForSrp, password, new BigInteger(1, salt));
    }

    /** The verifier for a given salt; deterministic, for known-answer tests and re-derivation. */
    public static SrpVerifier create(String poolName, String userIdForSrp, String password, BigInteger salt) {
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
        Objects.requireNonNull(password, "password");
        byte[] identityHash = SrpGroup.sha256(SrpGroup.utf8(poolName + userIdForSrp + ":" + password));
        BigInteger x = SrpGroup.hashToInteger(SrpGroup.padded(salt), identityHash);
        return new SrpVerifier(salt, SrpGroup.G.modPow(x, SrpGroup.N));
    }

    /** The {@code SALT} challenge parameter: the salt in lower-case hex without padding. */
    public String saltHex() {
        return salt.toString(16);
    }

    /** {@code srp6a-3072-sha256$<salt hex>$<verifier hex>}; {@link #parse(String)} is its inverse. */
    public String toText() {
        return SCHEME + "$" + salt.toString(16) + "$" + verifier.toString(16);
    }

    /**
     * Reads {@link #toText()}. A malformed value is stored data gone wrong, not client input, so
     * it is an {@link IllegalArgumentException} and not an {@link SrpParameterException}.
     */
    public static SrpVerifier parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Not a stored SRP verifier");
        }
        String[] parts = text.split("\\$", -1);
        if (parts.length != 3 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("Not a stored SRP verifier");
        }
        try {
            return new SrpVerifier(SrpInput.hex("salt", parts[1], MAX_TEXT), SrpInput.hex("verifier", parts[2], MAX_TEXT));
        } catch (SrpParameterException e) {
            throw new IllegalArgumentException("Not a stored SRP verifier", e);
        }
    }

    @Override
    public String toString() {
        return "SrpVerifier[salt=" + saltHex() + ", verifier=(redacted)]";
    }
}
