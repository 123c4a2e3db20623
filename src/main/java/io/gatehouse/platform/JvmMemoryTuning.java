package io.gatehouse.platform;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Sets the JVM's manageable heap-sizing flags from {@link JvmMemoryConfig} at start, so the service
 * run with no flags returns memory after a burst and while idle. A flag that does not carry its
 * default origin (set with {@code -XX:} or {@code JAVA_TOOL_OPTIONS}) is left as the operator set it;
 * a JVM without the flag (not HotSpot, or not G1 for the periodic collection) is left alone.
 *
 * @see <a href="https://openjdk.org/jeps/346">JEP 346: Promptly Return Unused Committed Memory from G1</a>
 */
@ApplicationScoped
class JvmMemoryTuning {

    private static final Logger LOG = Logger.getLogger(JvmMemoryTuning.class);

    private final JvmMemoryConfig config;

    JvmMemoryTuning(JvmMemoryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    void onStart(@Observes StartupEvent event) {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (config.tuneHeap() && vm != null) {
            apply(vm);
        }
    }

    void apply(HotSpotDiagnosticMXBean vm) {
        // Min before Max: the JVM refuses a MaxHeapFreeRatio below the current MinHeapFreeRatio.
        set(vm, "MinHeapFreeRatio", Integer.toString(config.minHeapFreeRatio()));
        set(vm, "MaxHeapFreeRatio", Integer.toString(config.maxHeapFreeRatio()));
        set(vm, "G1PeriodicGCInterval", Long.toString(config.periodicGcInterval().toMillis()));
    }

    private static void set(HotSpotDiagnosticMXBean vm, String flag, String value) {
        VMOption current;
        try {
            current = vm.getVMOption(flag);
        } catch (IllegalArgumentException absent) {
            LOG.debugf("JVM has no flag %s; left alone", flag);
            return;
        }
        if (current.getOrigin() != VMOption.Origin.DEFAULT || !current.isWriteable()) {
            LOG.debugf("JVM flag %s=%s (%s) left as set", flag, current.getValue(), current.getOrigin());
            return;
        }
        try {
            vm.setVMOption(flag, value);
        } catch (IllegalArgumentException refused) {
            LOG.warnf("JVM refused %s=%s: %s", flag, value, refused.getMessage());
        }
    }
}
