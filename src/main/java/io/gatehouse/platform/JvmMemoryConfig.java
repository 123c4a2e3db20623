package io.gatehouse.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the service asks the JVM to give unused heap back to the operating system. A plain
 * {@code java -jar} on a large machine gets G1's defaults (a heap of up to a quarter of the RAM that
 * shrinks only reluctantly), so memory taken in a burst stays resident. These are applied at start
 * through the JVM's management interface; a flag given on the command line ({@code -XX:...}) wins.
 */
@ConfigMapping(prefix = "gatehouse.jvm")
public interface JvmMemoryConfig {

    /** Apply the settings below at start. Off: the JVM's own defaults (or command-line flags) rule. */
    @WithDefault("true")
    boolean tuneHeap();

    /** {@code MinHeapFreeRatio}: the heap grows after a collection that leaves less than this % free. JVM default 40. */
    @WithDefault("10")
    int minHeapFreeRatio();

    /** {@code MaxHeapFreeRatio}: the heap shrinks after a full or concurrent cycle that leaves more than this % free. JVM default 70. */
    @WithDefault("30")
    int maxHeapFreeRatio();

    /**
     * {@code G1PeriodicGCInterval}: with no collection for this long, G1 runs a concurrent cycle,
     * which shrinks an idle service's heap. 0 turns it off (the JVM default).
     */
    @WithDefault("30s")
    Duration periodicGcInterval();
}
