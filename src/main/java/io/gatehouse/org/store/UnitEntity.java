package io.gatehouse.org.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code org_unit}. */
@Entity
@Table(name = "org_unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String orgId;
    public String parentId;
    public String name;
    public Instant createdAt;
}
