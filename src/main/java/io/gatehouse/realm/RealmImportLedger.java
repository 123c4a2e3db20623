package io.gatehouse.realm;

import java.time.Instant;
import java.util.Optional;

/**
 * The digest each realm file had when it was last imported successfully. A digest is recorded in
 * the transaction that applied the file, so a recorded digest always names content that is in the
 * database: seeing it again, a node may skip the file without taking the start-up lock.
 */
public interface RealmImportLedger {

    /** The digest recorded for the file named {@code fileName}, if it was ever imported. */
    Optional<String> digest(String fileName);

    /** Must run in the transaction that applied the file; replaces any earlier digest of that name. */
    void record(String fileName, String digest, Instant importedAt);
}
