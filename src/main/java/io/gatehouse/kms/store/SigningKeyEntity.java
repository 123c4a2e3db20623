package io.gatehouse.kms.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "signing_key")
public class SigningKeyEntity extends PanacheEntityBase {

    @Id
    public String kid;
    public String poolId;
    public String algorithm;
    public String publicJwk;
    public byte[] privateSealed;
    public Instant createdAt;
    public Instant signsFrom;
    public Instant retiredAt;
    public Instant publishUntil;
}
