package io.gatehouse.crypto;

/**
 * Argon2's compression function G (RFC 9106 §3.5) over blocks stored flat in {@code long[]}: a
 * block is 128 consecutive longs, so memory is one array instead of thousands of block objects.
 * G(X, Y) = P-columns(P-rows(X ⊕ Y)) ⊕ X ⊕ Y, where P is the BLAKE2b round with the
 * multiplication-hardened addition fBlaMka(x, y) = x + y + 2·lo32(x)·lo32(y).
 *
 * <p>The row pass computes R = X ⊕ Y while loading, and the column pass writes the result while
 * storing, so each block is read and written once; each group of 16 words is permuted in locals.
 * The two passes repeat the same eight quarter-rounds because Java cannot return 16 words from a
 * shared method without going through memory, which is what this class exists to avoid.
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
        rows(x, xo, y, yo, r, q);
        columns(q, r, dst, d, xorInto ? -1L : 0L);
    }

    private static long f(long x, long y) {
        return x + y + (((x & LO) * (y & LO)) << 1);
    }

    private static void rows(long[] x, int xo, long[] y, int yo, long[] r, long[] q) {
        for (int b = 0; b < BLOCK_LONGS; b += 16) {
            long v0 = x[xo + b] ^ y[yo + b];
            long v1 = x[xo + b + 1] ^ y[yo + b + 1];
            long v2 = x[xo + b + 2] ^ y[yo + b + 2];
            long v3 = x[xo + b + 3] ^ y[yo + b + 3];
            long v4 = x[xo + b + 4] ^ y[yo + b + 4];
            long v5 = x[xo + b + 5] ^ y[yo + b + 5];
            long v6 = x[xo + b + 6] ^ y[yo + b + 6];
            long v7 = x[xo + b + 7] ^ y[yo + b + 7];
            long v8 = x[xo + b + 8] ^ y[yo + b + 8];
            long v9 = x[xo + b + 9] ^ y[yo + b + 9];
            long v10 = x[xo + b + 10] ^ y[yo + b + 10];
            long v11 = x[xo + b + 11] ^ y[yo + b + 11];
            long v12 = x[xo + b + 12] ^ y[yo + b + 12];
            long v13 = x[xo + b + 13] ^ y[yo + b + 13];
            long v14 = x[xo + b + 14] ^ y[yo + b + 14];
            long v15 = x[xo + b + 15] ^ y[yo + b + 15];
            r[b] = v0;
            r[b + 1] = v1;
            r[b + 2] = v2;
            r[b + 3] = v3;
            r[b + 4] = v4;
            r[b + 5] = v5;
            r[b + 6] = v6;
            r[b + 7] = v7;
            r[b + 8] = v8;
            r[b + 9] = v9;
            r[b + 10] = v10;
            r[b + 11] = v11;
            r[b + 12] = v12;
            r[b + 13] = v13;
            r[b + 14] = v14;
            r[b + 15] = v15;

            v0 = f(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 32); v8 = f(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 24);
            v0 = f(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 16); v8 = f(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 63);
            v1 = f(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 32); v9 = f(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 24);
            v1 = f(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 16); v9 = f(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 63);
            v2 = f(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 32); v10 = f(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 24);
            v2 = f(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 16); v10 = f(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 63);
            v3 = f(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 32); v11 = f(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 24);
            v3 = f(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 16); v11 = f(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 63);
            v0 = f(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 32); v10 = f(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 24);
            v0 = f(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 16); v10 = f(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 63);
            v1 = f(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 32); v11 = f(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 24);
            v1 = f(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 16); v11 = f(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 63);
            v2 = f(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 32); v8 = f(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 24);
            v2 = f(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 16); v8 = f(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 63);
            v3 = f(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 32); v9 = f(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 24);
            v3 = f(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 16); v9 = f(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 63);

            q[b] = v0;
            q[b + 1] = v1;
            q[b + 2] = v2;
            q[b + 3] = v3;
            q[b + 4] = v4;
            q[b + 5] = v5;
            q[b + 6] = v6;
            q[b + 7] = v7;
            q[b + 8] = v8;
            q[b + 9] = v9;
            q[b + 10] = v10;
            q[b + 11] = v11;
            q[b + 12] = v12;
            q[b + 13] = v13;
            q[b + 14] = v14;
            q[b + 15] = v15;
        }
    }

    /** Column i holds words 2i, 2i+1, 2i+16, 2i+17, …, 2i+112, 2i+113. {@code keep} is -1 to XOR into dst, else 0. */
    private static void columns(long[] q, long[] r, long[] dst, int d, long keep) {
        for (int c = 0; c < 16; c += 2) {
            long v0 = q[c];
            long v1 = q[c + 1];
            long v2 = q[c + 16];
            long v3 = q[c + 17];
            long v4 = q[c + 32];
            long v5 = q[c + 33];
            long v6 = q[c + 48];
            long v7 = q[c + 49];
            long v8 = q[c + 64];
            long v9 = q[c + 65];
            long v10 = q[c + 80];
            long v11 = q[c + 81];
            long v12 = q[c + 96];
            long v13 = q[c + 97];
            long v14 = q[c + 112];
            long v15 = q[c + 113];

            v0 = f(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 32); v8 = f(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 24);
            v0 = f(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 16); v8 = f(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 63);
            v1 = f(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 32); v9 = f(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 24);
            v1 = f(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 16); v9 = f(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 63);
            v2 = f(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 32); v10 = f(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 24);
            v2 = f(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 16); v10 = f(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 63);
            v3 = f(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 32); v11 = f(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 24);
            v3 = f(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 16); v11 = f(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 63);
            v0 = f(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 32); v10 = f(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 24);
            v0 = f(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 16); v10 = f(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 63);
            v1 = f(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 32); v11 = f(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 24);
            v1 = f(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 16); v11 = f(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 63);
            v2 = f(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 32); v8 = f(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 24);
            v2 = f(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 16); v8 = f(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 63);
            v3 = f(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 32); v9 = f(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 24);
            v3 = f(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 16); v9 = f(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 63);

            dst[d + c] = v0 ^ r[c] ^ (dst[d + c] & keep);
            dst[d + c + 1] = v1 ^ r[c + 1] ^ (dst[d + c + 1] & keep);
            dst[d + c + 16] = v2 ^ r[c + 16] ^ (dst[d + c + 16] & keep);
            dst[d + c + 17] = v3 ^ r[c + 17] ^ (dst[d + c + 17] & keep);
            dst[d + c + 32] = v4 ^ r[c + 32] ^ (dst[d + c + 32] & keep);
            dst[d + c + 33] = v5 ^ r[c + 33] ^ (dst[d + c + 33] & keep);
            dst[d + c + 48] = v6 ^ r[c + 48] ^ (dst[d + c + 48] & keep);
            dst[d + c + 49] = v7 ^ r[c + 49] ^ (dst[d + c + 49] & keep);
            dst[d + c + 64] = v8 ^ r[c + 64] ^ (dst[d + c + 64] & keep);
            dst[d + c + 65] = v9 ^ r[c + 65] ^ (dst[d + c + 65] & keep);
            dst[d + c + 80] = v10 ^ r[c + 80] ^ (dst[d + c + 80] & keep);
            dst[d + c + 81] = v11 ^ r[c + 81] ^ (dst[d + c + 81] & keep);
            dst[d + c + 96] = v12 ^ r[c + 96] ^ (dst[d + c + 96] & keep);
            dst[d + c + 97] = v13 ^ r[c + 97] ^ (dst[d + c + 97] & keep);
            dst[d + c + 112] = v14 ^ r[c + 112] ^ (dst[d + c + 112] & keep);
            dst[d + c + 113] = v15 ^ r[c + 113] ^ (dst[d + c + 113] & keep);
        }
    }
}
