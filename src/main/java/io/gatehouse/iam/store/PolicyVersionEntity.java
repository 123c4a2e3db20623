package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Row of {@code iam_policy_version}. */
@Entity
@Table(name = "iam_policy_version")
@IdClass(PolicyVersionEntity.Key.class)
public class PolicyVersionEntity extends PanacheEntityBase {

    @Id
    public String policyId;
    @Id
    public int version;
    public String document;
    public Instant createdAt;

    public record Key(String policyId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
