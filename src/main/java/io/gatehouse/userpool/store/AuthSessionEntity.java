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
@Table(name = "auth_session")
public class AuthSessionEntity extends PanacheEntityBase {

    @Id
    public String idHash;
    public String poolId;
    public String clientId;
    public UUID sub;
    public String challenge;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> state;
    public Instant expiresAt;
}
