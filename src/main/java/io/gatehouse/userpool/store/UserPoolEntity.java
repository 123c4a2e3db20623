package io.gatehouse.userpool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "user_pool")
public class UserPoolEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public Instant createdAt;
    public Instant updatedAt;
}
