package io.gatehouse.userpool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "pool_user")
public class PoolUserEntity extends PanacheEntityBase {

    @Id
    public UUID sub;
    public String poolId;
    public String username;
    public String usernameKey;
    public boolean enabled;
    public String status;
    public String passwordHash;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> attributes;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant passwordSetAt;
}
