package io.gatehouse.crypto;

/**
 * Argon2id, version 0x13 (RFC 9106), over flat {@code long[]} memory taken from a
 * {@link Argon2WorkspacePool}, so that a hash allocates nothing of its memory cost and leaves
 * nothing behind: the workspace is wiped before it goes back to the pool. Lanes are filled one
 * after the other on the calling thread (the result is the same as filling them in parallel), as
 * hashing runs behind the {@link CpuBulkhead} where extra threads would only compete for the same cores.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9106">RFC 9106 Argon2</a>
 */
public final class Argon2id {

    private static final int SYNC_POINTS = 4;
    private static final int BLOCK = BlaMka.BLOCK_LONGS;
    private static final byte[] EMPTY = new byte[0];

    private final Argon2WorkspacePool pool;

    /**
     * @param concurrency how many hashes may run at once and keep a workspace each
     * @param memoryKib the memory cost the pooled workspaces are sized for
     */
    public Argon2id(int concurrency, int memoryKib) {
        this.pool = new Argon2WorkspacePool(concurrency, memoryKib);
    }

    public byte[] hash(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        return hash(password, salt, EMPTY, EMPTY, memoryKib, iterations, parallelism, length);
    }

    /** The tag of {@code length} bytes; {@code secret} is the key K and {@code associatedData} X of RFC 9106. */
    public byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
            int memoryKib, int iterations, int parallelism, int length) {
        if (parallelism < 1 || iterations < 1 || length < 4 || memoryKib < 1) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
        int segmentLength = Math.max(memoryKib, 2 * SYNC_POINTS * parallelism) / (SYNC_POINTS * parallelism);
        int blocks = segmentLength * SYNC_POINTS * parallelism;
        Argon2Workspace workspace = pool.acquire(blocks);
        try {
            byte[] tag = new byte[length];
            Argon2Blake2.h0(workspace.blake512, parallelism, length, memoryKib, iterations,
                    password, salt, secret, associatedData, workspace.seed);
            firstBlocks(workspace, parallelism, segmentLength);
            for (int pass = 0; pass < iterations; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < parallelism; lane++) {
                        new Segment(workspace, pass, slice, lane, parallelism, segmentLength, iterations).fill();
                    }
                }
            }
            finish(workspace, parallelism, segmentLength, tag);
            return tag;
        } finally {
            pool.release(workspace, blocks);
        }
    }

    /** B[i][0] = H'^1024(H0 ‖ LE32(0) ‖ LE32(i)), B[i][1] the same with 1. */
    private static void firstBlocks(Argon2Workspace w, int lanes, int segmentLength) {
        int laneLength = segmentLength * SYNC_POINTS;
        for (int lane = 0; lane < lanes; lane++) {
            for (int j = 0; j < 2; j++) {
                putLe32(w.seed, 64, j);
                putLe32(w.seed, 68, lane);
                Argon2Blake2.hPrime(w.blake512, w.seed, 72, w.blockBytes, w.blockBytes.length, w.chain);
                int offset = (lane * laneLength + j) * BLOCK;
                for (int k = 0; k < BLOCK; k++) {
                    w.memory[offset + k] = getLe64(w.blockBytes, k * 8);
                }
            }
        }
    }

    /** Tag = H'^T(XOR of each lane's last block). */
    private static void finish(Argon2Workspace w, int lanes, int segmentLength, byte[] tag) {
        int laneLength = segmentLength * SYNC_POINTS;
        long[] last = w.r;
        System.arraycopy(w.memory, (laneLength - 1) * BLOCK, last, 0, BLOCK);
        for (int lane = 1; lane < lanes; lane++) {
            int offset = (lane * laneLength + laneLength - 1) * BLOCK;
            for (int k = 0; k < BLOCK; k++) {
                last[k] ^= w.memory[offset + k];
            }
        }
        for (int k = 0; k < BLOCK; k++) {
            putLe64(w.blockBytes, k * 8, last[k]);
        }
        Argon2Blake2.hPrime(w.blake512, w.blockBytes, w.blockBytes.length, tag, tag.length, w.chain);
    }

    private static void putLe32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static void putLe64(byte[] b, int at, long v) {
        putLe32(b, at, (int) v);
        putLe32(b, at + 4, (int) (v >>> 32));
    }

    private static long getLe64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xFFL);
        }
        return v;
    }

    /**
     * One segment of one lane in one pass (RFC 9106 §3.4): the first half of the first pass picks
     * reference blocks from generated addresses (data-independent), the rest from the previous block.
     */
    private record Segment(Argon2Workspace w, int pass, int slice, int lane, int lanes, int segmentLength, int passes) {

        void fill() {
            long[] memory = w.memory;
            int laneLength = segmentLength * SYNC_POINTS;
            boolean independent = pass == 0 && slice < 2;
            int start = pass == 0 && slice == 0 ? 2 : 0;
            if (independent) {
                startAddresses(laneLength);
                if (start != 0) {
                    nextAddresses();
                }
            }
            int laneStart = lane * laneLength;
            int current = laneStart + slice * segmentLength + start;
            int previous = current == laneStart ? laneStart + laneLength - 1 : current - 1;
            for (int index = start; index < segmentLength; index++, current++) {
                long pseudoRandom;
                if (independent) {
                    if (index % BLOCK == 0) {
                        nextAddresses();
                    }
                    pseudoRandom = w.addresses[index % BLOCK];
                } else {
                    pseudoRandom = memory[previous * BLOCK];
                }
                int refLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
                int reference = refLane * laneLength
                        + referenceIndex(index, refLane == lane, pseudoRandom & 0xFFFFFFFFL, laneLength);
                BlaMka.compress(memory, previous * BLOCK, memory, reference * BLOCK, memory, current * BLOCK,
                        pass > 0, w.r, w.q);
                previous = current;
            }
        }

        /** Maps J1 onto the blocks this position may reference (RFC 9106 §3.4.2). */
        private int referenceIndex(int index, boolean sameLane, long j1, int laneLength) {
            long area;
            if (pass == 0) {
                if (slice == 0) {
                    area = index - 1;
                } else {
                    area = (long) slice * segmentLength + (sameLane ? index - 1 : index == 0 ? -1 : 0);
                }
            } else {
                area = laneLength - segmentLength + (sameLane ? index - 1 : index == 0 ? -1 : 0);
            }
            long x = (j1 * j1) >>> 32;
            long relative = area - 1 - ((area * x) >>> 32);
            long startPosition = pass != 0 && slice != SYNC_POINTS - 1 ? (long) (slice + 1) * segmentLength : 0;
            return (int) ((startPosition + relative) % laneLength);
        }

        private void startAddresses(int laneLength) {
            long[] input = w.addressInput;
            java.util.Arrays.fill(input, 0L);
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = (long) laneLength * lanes;
            input[4] = passes;
            input[5] = Argon2Blake2.TYPE_ID;
        }

        private void nextAddresses() {
            w.addressInput[6]++;
            BlaMka.compress(w.zero, 0, w.addressInput, 0, w.addresses, 0, false, w.r, w.q);
            BlaMka.compress(w.zero, 0, w.addresses, 0, w.addresses, 0, false, w.r, w.q);
        }
    }
}
