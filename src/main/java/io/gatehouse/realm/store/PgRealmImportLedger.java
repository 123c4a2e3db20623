package io.gatehouse.realm.store;

import io.gatehouse.realm.RealmImportLedger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class PgRealmImportLedger implements RealmImportLedger {

    @Override
    public Optional<String> digest(String fileName) {
        return RealmImportEntity.<RealmImportEntity>findByIdOptional(fileName).map(e -> e.digest);
    }

    @Override
    public void record(String fileName, String digest, Instant importedAt) {
        RealmImportEntity e = RealmImportEntity.<RealmImportEntity>findByIdOptional(fileName).orElseGet(RealmImportEntity::new);
        e.fileName = fileName;
        e.digest = digest;
        e.importedAt = importedAt;
        e.persist();
    }
}
