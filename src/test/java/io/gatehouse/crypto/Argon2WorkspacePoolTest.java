package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Argon2WorkspacePoolTest {

    @Test
    void releaseWhenUsedThenMemoryAndScratchAreZeroedAndTheWorkspaceIsReused() {
        Argon2WorkspacePool pool = new Argon2WorkspacePool(2, 16);
        Argon2Workspace workspace = pool.acquire(16);
        Arrays.fill(workspace.memory, 42L);
        Arrays.fill(workspace.r, 42L);
        Arrays.fill(workspace.blockBytes, (byte) 42);

        pool.release(workspace, 16);

        assertThat(workspace.memory).containsOnly(0L);
        assertThat(workspace.r).containsOnly(0L);
        assertThat(workspace.blockBytes).containsOnly((byte) 0);
        assertThat(pool.acquire(8)).isSameAs(workspace);
    }

    @Test
    void releaseWhenMoreWorkspacesThanCapacityThenOnlyCapacityAreKept() {
        Argon2WorkspacePool pool = new Argon2WorkspacePool(2, 16);
        Argon2Workspace a = pool.acquire(16);
        Argon2Workspace b = pool.acquire(16);
        Argon2Workspace c = pool.acquire(16);

        pool.release(a, 16);
        pool.release(b, 16);
        pool.release(c, 16);

        assertThat(pool.idle()).isEqualTo(2);
    }

    @Test
    void acquireWhenMoreThanConfiguredMemoryThenTemporaryWorkspaceNotKept() {
        Argon2WorkspacePool pool = new Argon2WorkspacePool(2, 16);
        Argon2Workspace big = pool.acquire(32);
        Arrays.fill(big.memory, 42L);

        pool.release(big, 32);

        assertThat(big.blocks()).isEqualTo(32);
        assertThat(big.memory).containsOnly(0L);
        assertThat(pool.idle()).isZero();
    }
}
