package io.gatehouse.realm;

import io.gatehouse.account.BootstrapConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports realm files: parse the whole file into records first (a syntax problem writes
 * nothing), then apply it in one transaction. Idempotent: an unchanged file changes nothing, an
 * edited one updates what it declares. A file without {@code accountId} declares resources of the
 * bootstrap account. Each successful import records the file's {@link RealmDigest}, so a start-up
 * can skip a file that has not changed since.
 */
@ApplicationScoped
public class RealmImporter {

    private final RealmApplier applier;
    private final RealmImportLedger ledger;
    private final BootstrapConfig bootstrap;
    private final String version;

    RealmImporter(RealmApplier applier, RealmImportLedger ledger, BootstrapConfig bootstrap,
                  @ConfigProperty(name = "quarkus.application.version") String version) {
        this.applier = Objects.requireNonNull(applier, "applier");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** Imports the file at {@code path}; errors name it by its file name. */
    public ImportResult importFile(Path path) {
        String file = path.getFileName().toString();
        return importJson(file, read(path, file));
    }

    /**
     * Imports the file at {@code path} unless the digest recorded at its last successful import is
     * its digest now: then nothing of it can differ from what that import applied, short of
     * changes made since through the API, and it returns empty without parsing the file.
     */
    public Optional<ImportResult> importFileIfChanged(Path path) {
        String file = path.getFileName().toString();
        String json = read(path, file);
        String digest = digest(json);
        if (QuarkusTransaction.requiringNew().call(() -> ledger.digest(file)).filter(digest::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(apply(file, json, digest));
    }

    /** Imports {@code json} as the realm file named {@code fileName}. */
    public ImportResult importJson(String fileName, String json) {
        return apply(fileName, json, digest(json));
    }

    private ImportResult apply(String fileName, String json, String digest) {
        RealmFile realm = RealmFile.parse(fileName, json);
        return applier.apply(fileName, digest, realm, bootstrap.accountId());
    }

    private String digest(String json) {
        return RealmDigest.of(json, bootstrap.accountId(), version);
    }

    private static String read(Path path, String file) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RealmFileException(file, JsonPath.ROOT, "cannot be read: " + e.getMessage());
        }
    }
}
