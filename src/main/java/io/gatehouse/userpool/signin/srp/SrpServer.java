package io.gatehouse.userpool.signin.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The server's first step of Cognito's USER_SRP_AUTH. InitiateAuth carries the client's
 * {@code SRP_A}, so everything the server needs is known at that point: it picks b, answers with
 * {@code SRP_B}, and derives the session key at once. Only that 16-byte key has to survive until
 * RespondToAuthChallenge, where {@link SrpSession#verify} checks the client's password claim.
 * Pure and stateless; the randomness comes from the caller.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5054#section-2.6">RFC 5054 section 2.6</a>
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html">Cognito USER_SRP_AUTH</a>
 */
public final class SrpServer {

    /** 256-bit b: RFC 5054 section 2.5.3 asks for at least 256 bits of randomness. */
    private static final int SECRET_BYTES = 32;
    /** A is below N (768 hex digits); the rest leaves room for clients that zero-pad. */
    private static final int MAX_A_CHARS = 1024;
    private static final String INFO = "Caldera Derived Key";
    private static final int KEY_BYTES = 16;

    private SrpServer() {
    }

    /**
     * Answers a client's {@code SRP_A} for the user with {@code verifier}. Throws
     * {@link SrpParameterException} when {@code srpA} is not hexadecimal, too long, or
     * {@code A mod N = 0}.
     */
    public static SrpChallenge challenge(SrpVerifier verifier, String srpA, SecureRandom random) {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(random, "random");
        BigInteger clientPublic = clientPublicValue(srpA);
        BigInteger secret;
        BigInteger serverPublic;
        do {
            secret = new BigInteger(1, randomBytes(random));
            serverPublic = serverPublicValue(verifier, secret);
        } while (secret.signum() == 0 || serverPublic.signum() == 0);
        return challenge(verifier, clientPublic, secret, serverPublic);
    }

    /** The deterministic core, given b: for known-answer tests. */
    static SrpChallenge challenge(SrpVerifier verifier, BigInteger clientPublic, BigInteger secret) {
        return challenge(verifier, clientPublic, secret, serverPublicValue(verifier, secret));
    }

    private static SrpChallenge challenge(SrpVerifier verifier, BigInteger clientPublic, BigInteger secret,
                                          BigInteger serverPublic) {
        BigInteger u = scramblingParameter(clientPublic, serverPublic);
        if (u.signum() == 0) {
            // RFC 2945 / SRP-6a: the host aborts when u = 0; it cannot happen short of a SHA-256 preimage.
            throw new SrpParameterException(SrpInput.SRP_A, "SRP_A is not acceptable");
        }
        BigInteger premaster = premasterSecret(clientPublic, verifier.verifier(), u, secret);
        return new SrpChallenge(serverPublic.toString(16), new SrpSession(derivedKey(premaster, u)));
    }

    /** RFC 5054 section 2.5.4: "The host MUST abort the authentication attempt if A % N is zero." */
    static BigInteger clientPublicValue(String srpA) {
        BigInteger a = SrpInput.hex(SrpInput.SRP_A, srpA, MAX_A_CHARS);
        if (a.mod(SrpGroup.N).signum() == 0) {
            throw new SrpParameterException(SrpInput.SRP_A, "SRP_A mod N must not be 0");
        }
        return a;
    }

    /** B = (k * v + g^b) mod N. */
    static BigInteger serverPublicValue(SrpVerifier verifier, BigInteger secret) {
        return SrpGroup.K.multiply(verifier.verifier())
                .add(SrpGroup.G.modPow(secret, SrpGroup.N))
                .mod(SrpGroup.N);
    }

    /** u = H(padHex(A) | padHex(B)). */
    static BigInteger scramblingParameter(BigInteger clientPublic, BigInteger serverPublic) {
        return SrpGroup.hashToInteger(SrpGroup.padded(clientPublic), SrpGroup.padded(serverPublic));
    }

    /** S = (A * v^u)^b mod N. */
    static BigInteger premasterSecret(BigInteger clientPublic, BigInteger verifier, BigInteger u, BigInteger secret) {
        return clientPublic.multiply(verifier.modPow(u, SrpGroup.N)).mod(SrpGroup.N).modPow(secret, SrpGroup.N);
    }

    /**
     * Cognito's key: HKDF-SHA256 (RFC 5869) with ikm = padHex(S), salt = padHex(u) and info
     * "Caldera Derived Key", truncated to 16 bytes, so a single expand block suffices.
     */
    static byte[] derivedKey(BigInteger premaster, BigInteger u) {
        byte[] prk = SrpGroup.hmacSha256(SrpGroup.padded(u), SrpGroup.padded(premaster));
        byte[] block = SrpGroup.hmacSha256(prk, SrpGroup.utf8(INFO), new byte[] {1});
        return Arrays.copyOf(block, KEY_BYTES);
    }

    private static byte[] randomBytes(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
