package io.gatehouse.oidc.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "token_family")
public class TokenFamilyEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String poolId;
    public String clientId;
    public UUID sub;
    public String scope;
    public Instant authTime;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> amr;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;
}
