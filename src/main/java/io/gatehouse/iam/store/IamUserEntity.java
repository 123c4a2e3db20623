package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code iam_user}, including the login profile (password columns). */
@Entity
@Table(name = "iam_user")
public class IamUserEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public String path;
    public String permissionsBoundary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public Instant createdAt;
    public String passwordHash;
    public boolean passwordResetRequired;
    public Instant passwordSetAt;
    public Instant passwordLastUsed;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> passwordHistory;
}
