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

/** Row of {@code iam_oidc_provider}. */
@Entity
@Table(name = "iam_oidc_provider")
public class OidcProviderEntity extends PanacheEntityBase {

    @Id
    public String arn;
    public String accountId;
    public String name;
    public String url;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> clientIds;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> thumbprints;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public String userPoolId;
    public Instant createdAt;
}
