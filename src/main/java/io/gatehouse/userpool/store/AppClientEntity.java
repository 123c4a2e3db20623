package io.gatehouse.userpool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.gatehouse.userpool.ClientSettings;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "app_client")
public class AppClientEntity extends PanacheEntityBase {

    @Id
    public String clientId;
    public String poolId;
    public String name;
    public String secretHash;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> grantTypes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> scopes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> callbackUrls;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> logoutUrls;
    public int accessTokenSeconds;
    public int idTokenSeconds;
    public int refreshTokenSeconds;
    public String jwks;
    @JdbcTypeCode(SqlTypes.JSON)
    public ClientSettings settings;
    public Instant createdAt;
    public Instant updatedAt;
}
