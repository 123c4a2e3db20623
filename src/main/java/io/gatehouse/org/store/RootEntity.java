package io.gatehouse.org.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code org_root}. */
@Entity
@Table(name = "org_root")
public class RootEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String orgId;
    public String name;
}
