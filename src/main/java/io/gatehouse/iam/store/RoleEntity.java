package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code iam_role}. */
@Entity
@Table(name = "iam_role")
public class RoleEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public String path;
    public String description;
    public String trustPolicy;
    public int maxSessionDuration;
    public String permissionsBoundary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public Instant createdAt;
    public Instant lastUsedAt;
}
