package io.gatehouse.realm.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "realm_import")
public class RealmImportEntity extends PanacheEntityBase {

    @Id
    public String fileName;
    public String digest;
    public Instant importedAt;
}
