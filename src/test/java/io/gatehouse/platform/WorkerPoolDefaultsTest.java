package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The running application's worker pool is sized by cores, not Quarkus' fixed 200. */
@GatehouseTest
class WorkerPoolDefaultsTest {

    @Test
    void maxThreadsWhenNotConfiguredThenTwelvePerCore() {
        int expected = WorkerPoolDefaults.THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();

        assertThat(ConfigProvider.getConfig().getValue(WorkerPoolDefaults.MAX_THREADS, Integer.class)).isEqualTo(expected);
        assertThat(new WorkerPoolDefaults().getOrdinal()).as("below application.properties (250) and the environment")
                .isLessThan(250);
    }
}
