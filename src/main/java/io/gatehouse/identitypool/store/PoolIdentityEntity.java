package io.gatehouse.identitypool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code pool_identity}. */
@Entity
@Table(name = "pool_identity")
public class PoolIdentityEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String poolId;
    public Instant createdAt;
    public Instant lastModified;
}
