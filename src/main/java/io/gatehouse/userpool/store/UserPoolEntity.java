package io.gatehouse.userpool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.gatehouse.userpool.PoolSettings;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "user_pool")
public class UserPoolEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public PoolSettings settings;
    public Instant createdAt;
    public Instant updatedAt;
}
