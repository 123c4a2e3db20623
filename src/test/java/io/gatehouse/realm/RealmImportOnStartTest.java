package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.BootstrapOnStart.BootstrapReady;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up scan of the import directory: name order, bad files skipped, missing directory tolerated. */
@GatehouseTest
class RealmImportOnStartTest {

    @Inject
    RealmImporter importer;
    @Inject
    UserPoolStore pools;

    @TempDir
    Path dir;

    @Test
    void onBootstrapReadyWhenOneFileIsBadThenItIsSkippedAndTheOthersImported() throws IOException {
        Files.writeString(dir.resolve("10-first.json"), pool("us-east-1_StartOk1", "first"));
        Files.writeString(dir.resolve("20-bad.json"), "{\"userPools\": [{\"id\": \"us-east-1_StartBad1\", \"name\": 5}]}");
        Files.writeString(dir.resolve("30-renames-first.json"), pool("us-east-1_StartOk1", "renamed by a later file"));
        Files.writeString(dir.resolve("notes.txt"), pool("us-east-1_StartTxt1", "not a realm file"));

        startWith(dir);

        assertEquals("renamed by a later file", read("us-east-1_StartOk1").orElseThrow().name());
        assertTrue(read("us-east-1_StartBad1").isEmpty());
        assertTrue(read("us-east-1_StartTxt1").isEmpty());
    }

    @Test
    void onBootstrapReadyWhenDirectoryMissingThenNothingHappens() {
        startWith(dir.resolve("missing"));
    }

    private void startWith(Path importDir) {
        new RealmImportOnStart(importer, new ImportDirOnly(importDir)).onBootstrapReady(new BootstrapReady("000000000000"));
    }

    private Optional<UserPool> read(String poolId) {
        return QuarkusTransaction.requiringNew().call(() -> pools.find(poolId));
    }

    private static String pool(String id, String name) {
        return "{\"userPools\": [{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}]}";
    }

    /** Only the import directory differs from the running service's settings. */
    private record ImportDirOnly(Path dir) implements PlatformConfig {

        @Override
        public String publicUrl() {
            return "http://localhost:8080";
        }

        @Override
        public String dataDir() {
            return "./data";
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public String importDir() {
            return dir.toString();
        }

        @Override
        public Optional<String> masterKey() {
            return Optional.empty();
        }
    }
}
