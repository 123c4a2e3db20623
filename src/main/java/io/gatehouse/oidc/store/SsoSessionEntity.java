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

/** Row of {@code sso_session}, keyed by the SHA-256 of the cookie value. */
@Entity
@Table(name = "sso_session")
public class SsoSessionEntity extends PanacheEntityBase {

    @Id
    public String idHash;
    public String poolId;
    public UUID sub;
    public Instant authTime;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> amr;
    public Instant expiresAt;
    public Instant revokedAt;
}
