package io.gatehouse.oidc.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code login_transaction}; the authorization request is kept as its parameters (jsonb). */
@Entity
@Table(name = "login_transaction")
public class LoginTransactionEntity extends PanacheEntityBase {

    @Id
    public String idHash;
    public String poolId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> request;
    public String csrfHash;
    public Instant expiresAt;
}
