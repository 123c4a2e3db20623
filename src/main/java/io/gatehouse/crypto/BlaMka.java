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
            round(q, b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7,
                    b + 8, b + 9, b + 10, b + 11, b + 12, b + 13, b + 14, b + 15);
        }
        // column c is words c, c+1, c+16, c+17, ..., c+112, c+113 taken as v0..v15
        for (int c = 0; c < 16; c += 2) {
            round(q, c, c + 1, c + 16, c + 17, c + 32, c + 33, c + 48, c + 49,
                    c + 64, c + 65, c + 80, c + 81, c + 96, c + 97, c + 112, c + 113);
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

    /** P: one BLAKE2b round over the sixteen words v0..v15 at these indices of v, columns then diagonals. */
    private static void round(long[] v, int v0, int v1, int v2, int v3, int v4, int v5, int v6, int v7,
                              int v8, int v9, int v10, int v11, int v12, int v13, int v14, int v15) {
        quarter(v, v0, v4, v8, v12);
        quarter(v, v1, v5, v9, v13);
        quarter(v, v2, v6, v10, v14);
        quarter(v, v3, v7, v11, v15);
        quarter(v, v0, v5, v10, v15);
        quarter(v, v1, v6, v11, v12);
        quarter(v, v2, v7, v8, v13);
        quarter(v, v3, v4, v9, v14);
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
