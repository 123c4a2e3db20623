package io.gatehouse.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads, on a second thread, the classes a start is about to need, so the main thread finds them
 * defined instead of reading, parsing and defining each one itself.
 *
 * <p>Why: a start on an existing database loads about 11,000 classes from the application's jars,
 * and loading them was about 40 % of the main thread's time, while the second core sat mostly idle.
 * The JVM's own remedy, a class-data-sharing archive, needs a command-line flag, and Gatehouse
 * runs with a plain {@code java -jar}. Classes are only loaded, never initialized, so no static
 * initializer runs earlier or on another thread than it otherwise would. The list is written by
 * {@code src/bench/startup-classes.sh}; a name that no longer exists is skipped, so a stale list
 * costs start-up time, never correctness.
 */
final class StartupClassPreloader {

    static final String LIST = "META-INF/gatehouse/startup-classes.txt";
    private static final Logger LOG = Logger.getLogger(StartupClassPreloader.class);

    private StartupClassPreloader() {
    }

    /**
     * Starts the preloading thread, unless {@code GATEHOUSE_STARTUP_PRELOAD_CLASSES=false}: an
     * environment variable only, since it is read before the configuration exists.
     */
    static void startInBackground(ClassLoader loader) {
        if ("false".equalsIgnoreCase(System.getenv("GATEHOUSE_STARTUP_PRELOAD_CLASSES"))) {
            return;
        }
        Thread thread = new Thread(() -> preload(loader), "startup-class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload(ClassLoader loader) {
        long start = System.nanoTime();
        List<String> names = names(loader);
        int loaded = load(names, loader);
        LOG.debugf("Preloaded %d of %d start-up classes in %d ms", loaded, names.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads each named class without initializing it; returns how many exist. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Renamed or removed since the list was written, or not loadable here: the main
                // thread will load (or fail on) it itself when, and if, it needs it.
            }
        }
        return loaded;
    }

    static List<String> names(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }
}
