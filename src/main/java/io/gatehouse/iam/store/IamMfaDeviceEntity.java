package io.gatehouse.iam.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code iam_mfa_device}; the seed is sealed. */
@Entity
@Table(name = "iam_mfa_device")
public class IamMfaDeviceEntity extends PanacheEntityBase {

    @Id
    public String serialNumber;
    public String accountId;
    public byte[] seedSealed;
    public String userId;
    public String rootAccountId;
    public Instant enabledAt;
    public Long lastUsedStep;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public Instant createdAt;
}
