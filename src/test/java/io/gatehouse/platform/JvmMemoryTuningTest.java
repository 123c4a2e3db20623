package io.gatehouse.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Which heap flags the start-up tuning sets, and which it leaves to the operator. */
class JvmMemoryTuningTest {

    @Test
    void applyWhenFlagsAtDefaultsThenConfiguredValuesSet() {
        FlagTable vm = new FlagTable(Map.of("MinHeapFreeRatio", "40", "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));

        new JvmMemoryTuning(config(true)).apply(vm);

        assertEquals(Map.of("MinHeapFreeRatio", "10", "MaxHeapFreeRatio", "30", "G1PeriodicGCInterval", "30000"), vm.values);
    }

    @Test
    void applyWhenFlagGivenOnCommandLineThenLeftAsGiven() {
        FlagTable vm = new FlagTable(Map.of("MinHeapFreeRatio", "40", "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));
        vm.commandLine.put("MaxHeapFreeRatio", "50");

        new JvmMemoryTuning(config(true)).apply(vm);

        assertEquals("50", vm.values.get("MaxHeapFreeRatio"));
        assertEquals("10", vm.values.get("MinHeapFreeRatio"));
    }

    @Test
    void applyWhenJvmLacksAFlagThenTheOthersStillSet() {
        FlagTable vm = new FlagTable(Map.of("MinHeapFreeRatio", "40", "MaxHeapFreeRatio", "70"));

        new JvmMemoryTuning(config(true)).apply(vm);

        assertEquals(Map.of("MinHeapFreeRatio", "10", "MaxHeapFreeRatio", "30"), vm.values);
    }

    @Test
    void applyWhenJvmRefusesAValueThenStartContinues() {
        FlagTable vm = new FlagTable(Map.of("MinHeapFreeRatio", "40", "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));
        vm.refused.add("MinHeapFreeRatio");

        new JvmMemoryTuning(config(true)).apply(vm);

        assertEquals("40", vm.values.get("MinHeapFreeRatio"));
        assertEquals("70", vm.values.get("MaxHeapFreeRatio"), "refused like the JVM: below the current minimum");
    }

    private static JvmMemoryConfig config(boolean tune) {
        return new JvmMemoryConfig() {
            @Override
            public boolean tuneHeap() {
                return tune;
            }

            @Override
            public int minHeapFreeRatio() {
                return 10;
            }

            @Override
            public int maxHeapFreeRatio() {
                return 30;
            }

            @Override
            public Duration periodicGcInterval() {
                return Duration.ofSeconds(30);
            }
        };
    }

    /**
     * The JVM's flag table as the management interface shows it: unknown names are refused, values
     * set on the command line carry that origin, and a MaxHeapFreeRatio below MinHeapFreeRatio is refused.
     */
    private static final class FlagTable implements HotSpotDiagnosticMXBean {

        final Map<String, String> values;
        final Map<String, String> commandLine = new HashMap<>();
        final Set<String> refused = new HashSet<>();

        FlagTable(Map<String, String> defaults) {
            this.values = new HashMap<>(defaults);
        }

        @Override
        public VMOption getVMOption(String name) {
            if (commandLine.containsKey(name)) {
                values.put(name, commandLine.get(name));
                return new VMOption(name, commandLine.get(name), true, VMOption.Origin.VM_CREATION);
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("VM option \"" + name + "\" does not exist");
            }
            return new VMOption(name, values.get(name), true, VMOption.Origin.DEFAULT);
        }

        @Override
        public void setVMOption(String name, String value) {
            boolean belowMin = name.equals("MaxHeapFreeRatio")
                    && Integer.parseInt(value) < Integer.parseInt(values.get("MinHeapFreeRatio"));
            if (refused.contains(name) || belowMin) {
                throw new IllegalArgumentException("Invalid value: VM option \"" + name + "\"");
            }
            values.put(name, value);
        }

        @Override
        public void dumpHeap(String outputFile, boolean live) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VMOption> getDiagnosticOptions() {
            return List.of();
        }

        @Override
        public ObjectName getObjectName() {
            return null;
        }
    }
}
