package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code access_key} as IAM manages it: with its owner ({@code user_id}, null for the root
 * user) and last-use columns. The account package maps the same table for the SigV4 lookup.
 */
@Entity
@Table(name = "access_key")
public class IamAccessKeyEntity extends PanacheEntityBase {

    @Id
    public String accessKeyId;
    public String accountId;
    public String userId;
    public String principalArn;
    public byte[] secretSealed;
    public String status;
    public Instant createdAt;
    public Instant lastUsedAt;
    public String lastUsedService;
    public String lastUsedRegion;
}
