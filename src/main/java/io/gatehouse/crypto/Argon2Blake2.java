package io.gatehouse.crypto;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/** The BLAKE2b parts of Argon2 (RFC 9106 §3.2–3.3): the pre-hash H0 and the variable-length hash H'. */
final class Argon2Blake2 {

    static final int TYPE_ID = 2;
    static final int VERSION = 0x13;

    private Argon2Blake2() {
    }

    /** H0 over the parameters and inputs, written to {@code out[0..64)}. */
    static void h0(Blake2bDigest blake512, int lanes, int tagLength, int memoryKib, int iterations,
            byte[] password, byte[] salt, byte[] secret, byte[] associatedData, byte[] out) {
        blake512.reset();
        le32(blake512, lanes);
        le32(blake512, tagLength);
        le32(blake512, memoryKib);
        le32(blake512, iterations);
        le32(blake512, VERSION);
        le32(blake512, TYPE_ID);
        withLength(blake512, password);
        withLength(blake512, salt);
        withLength(blake512, secret);
        withLength(blake512, associatedData);
        blake512.doFinal(out, 0);
    }

    /**
     * H'^T(in[0..inLength)) into {@code out[0..T)}: BLAKE2b-T for T ≤ 64, else a chain of
     * BLAKE2b-512 outputs of which each contributes its first 32 bytes. {@code chain} is 64 bytes of scratch.
     */
    static void hPrime(Blake2bDigest blake512, byte[] in, int inLength, byte[] out, int outLength, byte[] chain) {
        if (outLength <= 64) {
            Blake2bDigest digest = outLength == 64 ? blake512 : new Blake2bDigest(outLength * 8);
            digest.reset();
            le32(digest, outLength);
            digest.update(in, 0, inLength);
            digest.doFinal(out, 0);
            return;
        }
        blake512.reset();
        le32(blake512, outLength);
        blake512.update(in, 0, inLength);
        blake512.doFinal(chain, 0);
        System.arraycopy(chain, 0, out, 0, 32);
        int full = (outLength + 31) / 32 - 2;
        int position = 32;
        for (int i = 1; i < full; i++, position += 32) {
            blake512.update(chain, 0, 64);
            blake512.doFinal(chain, 0);
            System.arraycopy(chain, 0, out, position, 32);
        }
        int last = outLength - position;
        Blake2bDigest digest = last == 64 ? blake512 : new Blake2bDigest(last * 8);
        digest.update(chain, 0, 64);
        digest.doFinal(out, position);
    }

    static void le32(Blake2bDigest digest, int value) {
        digest.update((byte) value);
        digest.update((byte) (value >>> 8));
        digest.update((byte) (value >>> 16));
        digest.update((byte) (value >>> 24));
    }

    private static void withLength(Blake2bDigest digest, byte[] data) {
        le32(digest, data.length);
        digest.update(data, 0, data.length);
    }
}
