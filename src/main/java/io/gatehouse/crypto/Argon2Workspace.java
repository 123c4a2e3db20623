package io.gatehouse.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Everything one Argon2id hash writes: the memory (flat, 128 longs per 1 KiB block), the scratch
 * blocks of the compression function and address generator, and the BLAKE2b state. Kept and
 * reused by {@link Argon2WorkspacePool}, so a hash allocates nothing of its own size.
 */
final class Argon2Workspace {

    final long[] memory;
    final long[] r = new long[BlaMka.BLOCK_LONGS];
    final long[] q = new long[BlaMka.BLOCK_LONGS];
    final long[] zero = new long[BlaMka.BLOCK_LONGS];
    final long[] addressInput = new long[BlaMka.BLOCK_LONGS];
    final long[] addresses = new long[BlaMka.BLOCK_LONGS];
    final byte[] blockBytes = new byte[BlaMka.BLOCK_LONGS * 8];
    final byte[] seed = new byte[72];
    final byte[] chain = new byte[64];
    final Blake2bDigest blake512 = new Blake2bDigest(512);

    Argon2Workspace(int blocks) {
        this.memory = new long[Math.multiplyExact(blocks, BlaMka.BLOCK_LONGS)];
    }

    int blocks() {
        return memory.length / BlaMka.BLOCK_LONGS;
    }

    /** Zeroes the first {@code blocks} blocks and every scratch buffer: no password-derived data stays behind. */
    void wipe(int blocks) {
        Arrays.fill(memory, 0, Math.min(memory.length, blocks * BlaMka.BLOCK_LONGS), 0L);
        Arrays.fill(r, 0L);
        Arrays.fill(q, 0L);
        Arrays.fill(addressInput, 0L);
        Arrays.fill(addresses, 0L);
        Arrays.fill(blockBytes, (byte) 0);
        Arrays.fill(seed, (byte) 0);
        Arrays.fill(chain, (byte) 0);
        blake512.reset();
    }
}
