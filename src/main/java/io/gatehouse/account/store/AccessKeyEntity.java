package io.gatehouse.account.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "access_key")
public class AccessKeyEntity extends PanacheEntityBase {

    @Id
    public String accessKeyId;
    public String accountId;
    public String principalArn;
    public String userId;
    public byte[] secretSealed;
    public String status;
    public Instant createdAt;
    public Instant lastUsedAt;
}
