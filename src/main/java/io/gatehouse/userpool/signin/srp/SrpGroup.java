package io.gatehouse.userpool.signin.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SRP-6a parameters Cognito uses: the 3072-bit group of RFC 5054 appendix A with g = 2,
 * SHA-256 as H, and the multiplier {@code k = H(padHex(N) | padHex(g))}. Cognito's k hashes
 * the minimal two's-complement bytes of g, not g padded to the length of N as RFC 5054 says,
 * so k here is Cognito's and not the RFC's.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5054#appendix-A">RFC 5054 appendix A</a>
 */
final class SrpGroup {

    static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
            + "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
            + "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
            + "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
            + "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
            + "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
            + "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
            + "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
            + "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);
    static final BigInteger G = BigInteger.TWO;
    static final BigInteger K = hashToInteger(padded(N), padded(G));

    private static final String HMAC = "HmacSHA256";

    private SrpGroup() {
    }

    /**
     * The bytes the Cognito clients hash for a number: {@code padHex} makes the hex string of
     * even length and prefixes {@code 00} when the top bit is set, which is exactly the minimal
     * big-endian two's-complement form of a non-negative number.
     */
    static byte[] padded(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        return value.toByteArray();
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** H(parts) read as a non-negative number, as the clients do with {@code new BigInteger(hexHash, 16)}. */
    static BigInteger hashToInteger(byte[]... parts) {
        return new BigInteger(1, sha256(parts));
    }

    static byte[] hmacSha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }

    static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
