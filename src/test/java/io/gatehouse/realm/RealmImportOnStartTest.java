package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.BootstrapOnStart.BootstrapReady;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserPoolStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up scan of the import directory: name order, bad files skipped, missing directory
 * tolerated, unchanged files skipped by digest unless re-import of unchanged files is asked for.
 */
@GatehouseTest
class RealmImportOnStartTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    RealmImporter importer;
    @Inject
    UserPoolStore pools;
    @Inject
    UserPoolService poolService;
    @Inject
    RealmImportLedger ledger;

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

    @Test
    void onBootstrapReadyWhenFileUnchangedSinceImportThenSkippedAndApiEditsKept() throws IOException {
        Files.writeString(dir.resolve("skip.json"), pool("us-east-1_StartSkip1", "as declared"));
        startWith(dir);
        String recorded = recordedDigest("skip.json").orElseThrow();
        poolService.rename(ACCOUNT, "test", "us-east-1_StartSkip1", "renamed through the API");

        startWith(dir);

        assertEquals("renamed through the API", read("us-east-1_StartSkip1").orElseThrow().name());
        assertEquals(Optional.of(recorded), recordedDigest("skip.json"));
    }

    @Test
    void onBootstrapReadyWhenFileEditedSinceImportThenImportedAgainAndDigestReplaced() throws IOException {
        Files.writeString(dir.resolve("edit.json"), pool("us-east-1_StartEdit1", "first version"));
        startWith(dir);
        String first = recordedDigest("edit.json").orElseThrow();
        Files.writeString(dir.resolve("edit.json"), pool("us-east-1_StartEdit1", "second version"));

        startWith(dir);

        assertEquals("second version", read("us-east-1_StartEdit1").orElseThrow().name());
        assertNotEquals(first, recordedDigest("edit.json").orElseThrow());
    }

    @Test
    void onBootstrapReadyWhenImportUnchangedSetThenUnchangedFileReappliedOverApiEdits() throws IOException {
        Files.writeString(dir.resolve("always.json"), pool("us-east-1_StartAlw1", "as declared"));
        startWith(dir);
        poolService.rename(ACCOUNT, "test", "us-east-1_StartAlw1", "renamed through the API");

        new RealmImportOnStart(importer, new ImportDirOnly(dir, true)).onBootstrapReady(new BootstrapReady(ACCOUNT));

        assertEquals("as declared", read("us-east-1_StartAlw1").orElseThrow().name());
    }

    @Test
    void onBootstrapReadyWhenFileRefusedThenNoDigestRecordedAndFixedFileImported() throws IOException {
        String refused = "{\"userPools\": [{\"id\": \"us-east-1_StartFix1\", \"name\": \"fix\", "
                + "\"clients\": [{\"clientId\": \"start-fix\", \"grantTypes\": [\"authorization_code\"]}]}]}";
        Files.writeString(dir.resolve("fix.json"), refused);
        startWith(dir);
        assertTrue(recordedDigest("fix.json").isEmpty());
        assertTrue(read("us-east-1_StartFix1").isEmpty());
        Files.writeString(dir.resolve("fix.json"), pool("us-east-1_StartFix1", "fixed"));

        startWith(dir);

        assertEquals("fixed", read("us-east-1_StartFix1").orElseThrow().name());
        assertTrue(recordedDigest("fix.json").isPresent());
    }

    private void startWith(Path importDir) {
        new RealmImportOnStart(importer, new ImportDirOnly(importDir, false)).onBootstrapReady(new BootstrapReady(ACCOUNT));
    }

    private Optional<String> recordedDigest(String file) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.digest(file));
    }

    private Optional<UserPool> read(String poolId) {
        return QuarkusTransaction.requiringNew().call(() -> pools.find(poolId));
    }

    private static String pool(String id, String name) {
        return "{\"userPools\": [{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}]}";
    }

    /** Only the import directory and the re-import of unchanged files differ from the running service's settings. */
    private record ImportDirOnly(Path dir, boolean importUnchanged) implements PlatformConfig {

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
