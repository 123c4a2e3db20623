package io.gatehouse.realm;

import io.gatehouse.account.BootstrapConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Imports realm files: parse the whole file into records first (a syntax problem writes
 * nothing), then apply it in one transaction. Idempotent: an unchanged file changes nothing, an
 * edited one updates what it declares. A file without {@code accountId} declares resources of the
 * bootstrap account.
 */
@ApplicationScoped
public class RealmImporter {

    private final RealmApplier applier;
    private final BootstrapConfig bootstrap;

    RealmImporter(RealmApplier applier, BootstrapConfig bootstrap) {
        this.applier = Objects.requireNonNull(applier, "applier");
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /** Imports the file at {@code path}; errors name it by its file name. */
    public ImportResult importFile(Path path) {
        String file = path.getFileName().toString();
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RealmFileException(file, JsonPath.ROOT, "cannot be read: " + e.getMessage());
        }
        return importJson(file, json);
    }

    /** Imports {@code json} as the realm file named {@code fileName}. */
    public ImportResult importJson(String fileName, String json) {
        RealmFile realm = RealmFile.parse(fileName, json);
        return applier.apply(fileName, realm, bootstrap.accountId());
    }
}
