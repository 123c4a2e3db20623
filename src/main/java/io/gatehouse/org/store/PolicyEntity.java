package io.gatehouse.org.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code org_policy}. */
@Entity
@Table(name = "org_policy")
public class PolicyEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String orgId;
    public String type;
    public String name;
    public String description;
    public String content;
    public boolean awsManaged;
}
