package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code iam_group}. */
@Entity
@Table(name = "iam_group")
public class IamGroupEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public String path;
    public Instant createdAt;
}
