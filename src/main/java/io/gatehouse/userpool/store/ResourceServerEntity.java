package io.gatehouse.userpool.store;

import io.gatehouse.userpool.ResourceScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "resource_server")
@IdClass(ResourceServerEntity.Key.class)
public class ResourceServerEntity extends PanacheEntityBase {

    @Id
    public String poolId;
    @Id
    public String identifier;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResourceScope> scopes;

    public record Key(String poolId, String identifier) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
