package io.gatehouse.realm;

import io.gatehouse.account.BootstrapOnStart.BootstrapReady;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Imports every {@code *.json} of the import directory ({@code GATEHOUSE_IMPORT_DIR}) at start, in
 * file name order, once the bootstrap account exists. A bad file is logged and skipped, not fatal:
 * one typo should not keep the service, and the other files, from starting. A file unchanged since
 * its last import is skipped unless {@code gatehouse.import-unchanged} is set: reading back 1,000
 * declared users to find nothing to do would be most of a start's time.
 */
@ApplicationScoped
class RealmImportOnStart {

    private static final Logger LOG = Logger.getLogger(RealmImportOnStart.class);

    private final RealmImporter importer;
    private final PlatformConfig platform;

    RealmImportOnStart(RealmImporter importer, PlatformConfig platform) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    void onBootstrapReady(@Observes BootstrapReady ready) {
        Path dir = Path.of(platform.importDir());
        if (!Files.isDirectory(dir)) {
            LOG.infof("No realm import directory %s; nothing to import", dir.toAbsolutePath());
            return;
        }
        for (Path file : realmFiles(dir)) {
            importOne(file);
        }
    }

    private void importOne(Path file) {
        long start = System.nanoTime();
        try {
            Optional<ImportResult> imported = platform.importUnchanged()
                    ? Optional.of(importer.importFile(file))
                    : importer.importFileIfChanged(file);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            imported.ifPresentOrElse(
                    r -> LOG.infof("Imported realm file %s into account %s in %d ms: %d created, %d updated, %d unchanged",
                            r.file(), r.accountId(), ms, r.created(), r.updated(), r.unchanged()),
                    () -> LOG.infof("Realm file %s unchanged since its last import; skipped (%d ms)", file.getFileName(), ms));
        } catch (RealmFileException e) {
            LOG.errorf("Realm file not imported, nothing of it was applied: %s", e.getMessage());
        }
    }

    private static List<Path> realmFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the realm import directory " + dir, e);
        }
    }
}
