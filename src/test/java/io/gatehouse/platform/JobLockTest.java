package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Two jobs sharing an advisory lock key would lock each other out: every key is distinct. */
class JobLockTest {

    @Test
    void keysWhenListedThenAllDistinct() {
        assertThat(Arrays.stream(JobLock.values()).map(JobLock::key)).doesNotHaveDuplicates()
                .hasSize(JobLock.values().length);
    }
}
