package io.gatehouse.crypto;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * A few {@link Argon2Workspace}s sized for the configured memory cost, reused across hashes. A
 * fresh 19 MiB of block objects per sign-in made the heap grow to over 1 GiB under load; reusing
 * the memory keeps the pinned amount at {@code capacity} × the configured cost. The capacity is
 * the number of hashes that run at once (the {@link CpuBulkhead}'s permits), so a pooled workspace
 * is never missing in steady state; one that is (or a hash of a stored password whose memory cost
 * exceeds the configured one) gets a temporary workspace that is dropped after use.
 */
final class Argon2WorkspacePool {

    private final int blocks;
    private final ArrayBlockingQueue<Argon2Workspace> idle;

    Argon2WorkspacePool(int capacity, int blocks) {
        this.blocks = blocks;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** A workspace of at least {@code needed} blocks. */
    Argon2Workspace acquire(int needed) {
        if (needed > blocks) {
            return new Argon2Workspace(needed);
        }
        Argon2Workspace workspace = idle.poll();
        return workspace != null ? workspace : new Argon2Workspace(blocks);
    }

    /** Wipes the {@code used} blocks and keeps the workspace if it has the pooled size and there is room. */
    void release(Argon2Workspace workspace, int used) {
        workspace.wipe(used);
        if (workspace.blocks() == blocks) {
            idle.offer(workspace);
        }
    }

    int idle() {
        return idle.size();
    }
}
