package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassPreloaderTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void loadsTheClassesThatExistAndSkipsTheOthers() {
        int loaded = StartupClassPreloader.load(List.of(
                "io.gatehouse.platform.JobLock",
                "io.gatehouse.platform.NoSuchClassAnyMore",
                "not a class name",
                "java.util.concurrent.ConcurrentSkipListMap"), loader);

        assertThat(loaded).isEqualTo(2);
    }

    @Test
    void loadingDoesNotRunStaticInitializers() {
        StartupClassPreloader.load(List.of(NotToBeInitialized.class.getName()), loader);

        assertThat(NotToBeInitializedProbe.initialized).isFalse();
    }

    @Test
    void theShippedListNamesStartUpClassesAndNoComments() {
        List<String> names = StartupClassPreloader.names(loader);

        assertThat(names).hasSizeGreaterThan(1_000)
                .contains("io.gatehouse.platform.GatehouseMain", "io.gatehouse.platform.EmbeddedDatabase")
                .noneMatch(name -> name.startsWith("#") || name.isBlank() || name.contains(" "));
    }

    /**
     * Gatehouse's own classes in the list must still exist, or the list is stale: regenerate it with
     * src/bench/startup-classes.sh. Quarkus generates classes at build time that are not on the test
     * class path (beans, proxies, nested handlers), so what is checked is the hand-written top-level
     * class each listed name belongs to.
     */
    @Test
    void theShippedListIsNotStale() {
        List<String> ours = StartupClassPreloader.names(loader).stream()
                .filter(name -> name.startsWith("io.gatehouse.") && !name.contains("_"))
                .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                .distinct()
                .toList();

        assertThat(ours).hasSizeGreaterThan(100);
        assertThat(ours).allSatisfy(name -> assertThat(exists(name))
                .as("%s is listed in %s but does not exist: run src/bench/startup-classes.sh", name,
                        StartupClassPreloader.LIST)
                .isTrue());
    }

    private boolean exists(String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static final class NotToBeInitializedProbe {
        static boolean initialized;
    }

    static final class NotToBeInitialized {
        static {
            NotToBeInitializedProbe.initialized = true;
        }
    }
}
