package io.gatehouse.crypto;

/**
 * Argon2's compression function G (RFC 9106 §3.5) over blocks stored flat in {@code long[]}: a
 * block is 128 consecutive longs, so memory is one array instead of thousands of block objects.
 * G(X, Y) = P-columns(P-rows(X ⊕ Y)) ⊕ X ⊕ Y, where P is the BLAKE2b round with the
 * multiplication-hardened addition fBlaMka(x, y) = x + y + 2·lo32(x)·lo32(y).
 *
 * <p>Each quarter-round loads its four words, works in locals and stores them back: holding all
 * sixteen words of a row in locals measured 30% slower, as they do not fit the registers and spill.
 * The XOR loops are plain loops over the block that the JIT vectorizes.
 */
final class BlaMka {

    static final int BLOCK_LONGS = 128;

    private static final long LO = 0xFFFFFFFFL;

    private BlaMka() {
    }

    /**
     * dst[d..] = G(x[xo..], y[yo..]), or dst[d..] ^= G(...) when {@code xorInto} (passes after the
     * first, Argon2 version 0x13). {@code r} and {@code q} are 128-long scratch blocks; dst may be y.
     */
    static void compress(long[] x, int xo, long[] y, int yo, long[] dst, int d, boolean xorInto, long[] r, long[] q) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long v = x[xo + i] ^ y[yo + i];
            r[i] = v;
            q[i] = v;
        }
        for (int b = 0; b < BLOCK_LONGS; b += 16) {
            quarter(q, b, b + 4, b + 8, b + 12);
            quarter(q, b + 1, b + 5, b + 9, b + 13);
            quarter(q, b + 2, b + 6, b + 10, b + 14);
            quarter(q, b + 3, b + 7, b + 11, b + 15);
            quarter(q, b, b + 5, b + 10, b + 15);
            quarter(q, b + 1, b + 6, b + 11, b + 12);
            quarter(q, b + 2, b + 7, b + 8, b + 13);
            quarter(q, b + 3, b + 4, b + 9, b + 14);
        }
        // column c is words c, c+1, c+16, c+17, ..., c+112, c+113 taken as v0..v15
        for (int c = 0; c < 16; c += 2) {
            quarter(q, c, c + 32, c + 64, c + 96);
            quarter(q, c + 1, c + 33, c + 65, c + 97);
            quarter(q, c + 16, c + 48, c + 80, c + 112);
            quarter(q, c + 17, c + 49, c + 81, c + 113);
            quarter(q, c, c + 33, c + 80, c + 113);
            quarter(q, c + 1, c + 48, c + 81, c + 96);
            quarter(q, c + 16, c + 49, c + 64, c + 97);
            quarter(q, c + 17, c + 32, c + 65, c + 112);
        }
        if (xorInto) {
            for (int i = 0; i < BLOCK_LONGS; i++) {
                dst[d + i] ^= q[i] ^ r[i];
            }
        } else {
            for (int i = 0; i < BLOCK_LONGS; i++) {
                dst[d + i] = q[i] ^ r[i];
            }
        }
    }

    /** The BLAKE2b G function with fBlaMka in place of addition, on words a, b, c, d of v. */
    private static void quarter(long[] v, int ia, int ib, int ic, int id) {
        long a = v[ia];
        long b = v[ib];
        long c = v[ic];
        long d = v[id];
        a = f(a, b);
        d = Long.rotateRight(d ^ a, 32);
        c = f(c, d);
        b = Long.rotateRight(b ^ c, 24);
        a = f(a, b);
        d = Long.rotateRight(d ^ a, 16);
        c = f(c, d);
        b = Long.rotateRight(b ^ c, 63);
        v[ia] = a;
        v[ib] = b;
        v[ic] = c;
        v[id] = d;
    }

    private static long f(long x, long y) {
        return x + y + (((x & LO) * (y & LO)) << 1);
    }
}
