package io.gatehouse.userpool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "pool_group")
@IdClass(GroupEntity.Key.class)
public class GroupEntity extends PanacheEntityBase {

    @Id
    public String poolId;
    @Id
    public String name;
    public String description;
    public Integer precedence;
    public String roleArn;
    public Instant createdAt;

    public record Key(String poolId, String name) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
